{% autoescape off %}/* attune's service worker (served at /sw.js with scope "/"; core/pwa.py has the policy).

   - Push reminders: /static/sw-push.js.
   - Check-ins made offline: queued by the page in IndexedDB (outbox.js) and sent here on
     Background Sync, with the same Idempotency-Key, so a check-in is never sent twice.
   - Caching: never private pages or API answers. Static files are kept so offline pages look
     right; the private offline pages (crisis lines, the person's safety plan, the offline
     start page) are put in the "{{ private_cache }}" cache by the page after sign-in and
     removed at sign-out; this worker only reads them when the network fails. */
importScripts("/static/sw-push.js");
importScripts({{ outbox_js }});

const STATIC_CACHE = "attune-static-" + {{ version }};
const PRIVATE_CACHE = {{ private_cache_json }};
const STATIC_FILES = {{ static_files }};
const PRIVATE_PAGES = {{ private_pages }};
const OFFLINE_PAGE = {{ offline_page }};
const OFFLINE_HTML = {{ offline_html }};

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(STATIC_CACHE)
      .then((cache) => cache.addAll(STATIC_FILES))
      .catch(() => undefined) // the app still works online if a file could not be kept
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names
        .filter((name) => name.startsWith("attune-static-") && name !== STATIC_CACHE)
        .map((name) => caches.delete(name))))
      .then(() => self.clients.claim())
  );
});

async function fromPrivateCache(path) {
  if (!(await caches.has(PRIVATE_CACHE))) return undefined;
  return caches.match(path, { cacheName: PRIVATE_CACHE });
}

async function navigate(request, url) {
  try {
    return await fetch(request);
  } catch (offline) {
    const page = PRIVATE_PAGES.includes(url.pathname) ? await fromPrivateCache(url.pathname) : undefined;
    return page || (await fromPrivateCache(OFFLINE_PAGE)) || new Response(OFFLINE_HTML, {
      status: 503,
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
}

async function staticFile(request) {
  try {
    return await fetch(request);
  } catch (offline) {
    return (await caches.match(request, { cacheName: STATIC_CACHE })) || Response.error();
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(navigate(request, url));
  } else if (STATIC_FILES.includes(url.pathname)) {
    event.respondWith(staticFile(request));
  }
  // Everything else (API answers, private pages fetched by scripts) goes to the network
  // as if there were no service worker, and nothing of it is stored.
});

async function tellPages(summary) {
  const pages = await self.clients.matchAll({ type: "window" });
  pages.forEach((page) => page.postMessage({ type: "attune-outbox", summary: summary }));
}

self.addEventListener("sync", (event) => {
  if (event.tag !== self.AttuneOutbox.SYNC_TAG) return;
  event.waitUntil(self.AttuneOutbox.flush().then(async (summary) => {
    await tellPages(summary);
    // Still offline (or signed out): fail, so the browser tries this sync again later.
    if (summary.waiting) throw new Error("check-ins still waiting to be sent");
  }));
});
{% endautoescape %}
