/* attune as an installable app (issue 19; the policy is in core/pwa.py). Plain script, no
 * build step; every page works without it.
 *
 * - Registers the service worker (/sw.js, scope "/").
 * - Keeps the crisis lines, the safety plan and the offline start page on this phone for
 *   the person signed in, and deletes them (and the check-ins already sent) at sign-out or as
 *   soon as a page shows that someone else, or nobody, is signed in.
 * - The quick check-in saves on the second tap, through the API with an Idempotency-Key.
 * - Offline, a check-in (quick or full) waits in IndexedDB (outbox.js) and is sent when the
 *   connection returns: Background Sync where the browser has it, the "online" event and the
 *   next page opened otherwise. A day that already has a check-in becomes a choice.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var textsNode = document.getElementById("pwa-texts");
  if (!script || !textsNode) { return; }
  var conf = script.dataset;
  var owner = conf.owner || "";
  var texts = JSON.parse(textsNode.textContent);
  var Outbox = window.AttuneOutbox && window.indexedDB ? window.AttuneOutbox : null;
  var PRIVATE = conf.privateCache;
  var privatePages = (conf.privatePages || "").split(" ").filter(Boolean);
  var KEPT_AT = "/__attune-kept-at";
  var REFRESH_MS = 15 * 60 * 1000;
  var shownInline = {}; // item key -> the status element of the form it came from

  function fmt(text, values) {
    return text.replace(/%\((\w+)\)s/g, function (_m, name) { return values[name] == null ? "" : values[name]; });
  }

  function dayLabel(iso) {
    try {
      return new Date(iso + "T12:00:00").toLocaleDateString(document.documentElement.lang || undefined,
        { weekday: "long", day: "numeric", month: "long" });
    } catch (e) { return iso; }
  }

  function localToday() {
    var now = new Date();
    return [now.getFullYear(), ("0" + (now.getMonth() + 1)).slice(-2), ("0" + now.getDate()).slice(-2)].join("-");
  }

  // --- Service worker -----------------------------------------------------------------------
  var swReady = null;
  if ("serviceWorker" in navigator) {
    swReady = navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () { return null; });
  }

  function requestSync() {
    if (!swReady) { return; }
    navigator.serviceWorker.ready.then(function (reg) {
      return reg.sync ? reg.sync.register(Outbox.SYNC_TAG) : null;
    }).catch(function () { /* the online event and the next page load still send it */ });
  }

  // --- What this phone keeps for the person signed in -----------------------------------------
  function clearPrivate() {
    return window.caches ? caches.delete(PRIVATE).catch(function () { return false; }) : Promise.resolve(false);
  }

  function keepPrivatePages(force) {
    if (!window.caches) { return Promise.resolve(); }
    return caches.open(PRIVATE).then(function (cache) {
      return cache.match(KEPT_AT).then(function (kept) {
        return kept ? kept.text() : "0";
      }).then(function (at) {
        if (!force && Date.now() - Number(at) < REFRESH_MS) { return null; }
        return Promise.all(privatePages.map(function (path) {
          return fetch(path, { credentials: "same-origin", cache: "no-store" }).then(function (response) {
            // Only this person's own page: never a sign-in page a redirect led to.
            if (!response.ok || response.redirected) { return null; }
            return Outbox.owner().then(function (now) {
              return now.owner === owner ? cache.put(path, response) : null;
            });
          }).catch(function () { return null; });
        })).then(function () { return cache.put(KEPT_AT, new Response(String(Date.now()))); });
      });
    });
  }

  // Who this browser's offline data belongs to is settled first (quick saves wait for it);
  // refreshing the kept pages runs after, and never holds up a save.
  var ready = Promise.resolve();
  if (Outbox) {
    var someoneElse = false;
    ready = Outbox.owner().then(function (stored) {
      someoneElse = stored.owner !== owner;
      return Promise.all([
        someoneElse || !owner ? clearPrivate() : null,
        Outbox.forgetSent(owner || null),
      ]);
    }).then(function () {
      return Outbox.setOwner(owner, conf.csrf);
    }).catch(function () { /* private browsing without storage: pages still work */ });
    ready.then(function () {
      if (!owner || !conf.keepsOffline) { return null; }
      return keepPrivatePages(someoneElse || privatePages.indexOf(location.pathname) >= 0);
    }).catch(function () { return null; }).then(function () {
      document.documentElement.setAttribute("data-offline-ready", owner ? "kept" : "cleared");
    });
  }

  // Reminders for someone signed out would tell the next person on this phone that attune
  // is used: this browser's push subscription ends (the push service then answers 410 and
  // the server forgets it).
  function stopPushHere() {
    var sw = navigator.serviceWorker;
    if (!sw || !("PushManager" in window)) { return null; }
    return sw.getRegistration("/").then(function (reg) {
      return reg && reg.pushManager ? reg.pushManager.getSubscription() : null;
    }).then(function (sub) { return sub ? sub.unsubscribe() : null; })
      .catch(function () { return null; });
  }

  // Signing out: nothing of this person stays on the phone (their unsent check-ins stay,
  // waiting for their own next sign-in, and are never shown or sent for anyone else).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form || form.tagName !== "FORM" || form.hasAttribute("data-cleared")) { return; }
    if (new URL(form.action, location.href).pathname !== conf.logout) { return; }
    event.preventDefault();
    var cleanup = Promise.all([
      clearPrivate(),
      Outbox ? Outbox.forgetSent(null)
        .then(function () { return Outbox.forgetServerCopies(); })
        .then(function () { return Outbox.setOwner("", ""); }) : null,
      stopPushHere(),
    ]);
    var atMost = new Promise(function (resolve) { setTimeout(resolve, 3000); });
    Promise.race([cleanup, atMost]).catch(function () { return null; }).then(function () {
      form.setAttribute("data-cleared", "");
      form.submit();
    });
  });

  if (!Outbox || !owner) { return; }

  // --- What is waiting on this phone -----------------------------------------------------------
  var region = null;

  function regionNode() {
    if (region) { return region; }
    var main = document.getElementById("main");
    if (!main) { return null; }
    region = document.createElement("section");
    region.className = "outbox";
    region.setAttribute("aria-live", "polite");
    main.insertBefore(region, main.firstChild);
    return region;
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text != null) { node.textContent = text; }
    return node;
  }

  function shown(value) {
    if (value == null || value === "" || (Array.isArray(value) && !value.length)) { return texts.empty; }
    return Array.isArray(value) ? value.join(", ") : String(value);
  }

  function conflictCard(item) {
    var card = el("div", { "class": "card outbox-conflict", "data-outbox-conflict": item.date });
    var title = el("h2", { id: "conflict-" + item.key, tabindex: "-1" }, fmt(texts.conflict_title, { day: dayLabel(item.date) }));
    card.setAttribute("role", "group");
    card.setAttribute("aria-labelledby", title.id);
    card.appendChild(title);
    card.appendChild(el("p", {}, fmt(texts.conflict_text, { day: dayLabel(item.date) })));
    var table = el("table", { "class": "outbox-compare" });
    var head = el("tr");
    head.appendChild(el("td"));
    head.appendChild(el("th", { scope: "col" }, texts.mine));
    head.appendChild(el("th", { scope: "col" }, texts.theirs));
    table.appendChild(el("thead")).appendChild(head);
    var body = table.appendChild(el("tbody"));
    Object.keys(texts.fields).forEach(function (name) {
      var mine = item.payload[name];
      var theirs = item.server ? item.server[name] : null;
      if (name === "note" && item.serverHasNote) { theirs = texts.note_kept; }
      if (!(name in item.payload) && shown(theirs) === texts.empty) { return; }
      var row = el("tr");
      row.appendChild(el("th", { scope: "row" }, texts.fields[name]));
      row.appendChild(el("td", {}, shown(mine)));
      row.appendChild(el("td", {}, shown(theirs)));
      body.appendChild(row);
    });
    card.appendChild(table);
    var actions = el("p", { "class": "row-actions" });
    var keepMine = el("button", { type: "button" }, texts.keep_mine);
    var keepTheirs = el("button", { type: "button", "class": "secondary" }, texts.keep_theirs);
    keepMine.addEventListener("click", function () { choose(item, true, actions); });
    keepTheirs.addEventListener("click", function () { choose(item, false, actions); });
    actions.appendChild(keepMine);
    actions.appendChild(document.createTextNode(" "));
    actions.appendChild(keepTheirs);
    card.appendChild(actions);
    return card;
  }

  function choose(item, keepMine, actions) {
    Array.prototype.forEach.call(actions.querySelectorAll("button"), function (b) { b.disabled = true; });
    Outbox.resolve(item.key, keepMine).then(function (summary) {
      // Chosen for a check-in made on this page: the home page shows what stays.
      var settled = !summary.waiting && !summary.failed.length && !summary.support;
      if (item.key in shownInline && settled) {
        Promise.all(summary.sent.map(function (sent) { sent.seen = true; return Outbox.put(sent); }))
          .then(function () { location.replace("/"); });
        return;
      }
      after(summary, true);
    });
  }

  function render() {
    return Outbox.all().then(function (items) {
      var node = regionNode();
      if (!node) { return; }
      node.textContent = "";
      var marks = [];
      items.filter(function (item) { return item.owner === owner; })
        .sort(function (a, b) { return a.created - b.created; })
        .forEach(function (item) {
          var day = dayLabel(item.date);
          var inline = shownInline[item.key];
          if (item.status === "queued") {
            if (inline) { inline.textContent = texts.queued; } else {
              node.appendChild(el("p", { "class": "message message-info", "data-outbox": "queued" }, fmt(texts.queued_day, { day: day })));
            }
          } else if (item.status === "conflict") {
            if (inline) { inline.textContent = ""; }
            node.appendChild(conflictCard(item));
          } else if (item.status === "failed") {
            if (inline) { inline.textContent = ""; }
            var failed = el("p", { "class": "message message-error", "data-outbox": "failed" },
              fmt(texts.not_sent_day, { day: day, detail: item.detail || "" }) + " ");
            var drop = el("button", { type: "button", "class": "link-button" }, texts.discard);
            drop.addEventListener("click", function () { Outbox.discard(item.key).then(render); });
            failed.appendChild(drop);
            node.appendChild(failed);
          } else if (item.status === "sent" && !item.seen) {
            node.appendChild(el("p", { "class": "message message-success", "data-outbox": "sent" }, fmt(texts.sent_day, { day: day })));
            item.seen = true;
            marks.push(Outbox.put(item));
          }
        });
      node.hidden = !node.firstChild;
      return Promise.all(marks);
    });
  }

  // After a send: the crisis response first (the server kept it for the next page, which
  // shows it once); a check-in made on this page shows what was saved on the home page.
  function after(summary, focusChoice) {
    if (summary && summary.support) { location.replace("/"); return; }
    var madeHere = summary && summary.sent.some(function (item) { return item.key in shownInline; });
    if (madeHere) {
      Promise.all(summary.sent.map(function (item) { item.seen = true; return Outbox.put(item); }))
        .then(function () { location.replace("/"); });
      return;
    }
    render().then(function () {
      var conflict = focusChoice !== false && region && region.querySelector(".outbox-conflict h2");
      if (conflict && summary && summary.conflicts.length) { conflict.focus(); }
    });
  }

  function flushAndShow() {
    return Outbox.flush().then(after).catch(function () { return render(); });
  }

  function queueAndSend(date, payload, status) {
    status.textContent = texts.sending;
    return Outbox.add(owner, date, payload).then(function (item) {
      shownInline[item.key] = status;
      requestSync();
      return flushAndShow();
    });
  }

  // --- The quick check-in: saved on the second tap -----------------------------------------------
  Array.prototype.forEach.call(document.querySelectorAll("form[data-quick-checkin]"), function (form) {
    var status = form.querySelector("[data-quick-status]");
    function value(name) {
      var chosen = form.querySelector('input[name="quick-' + name + '"]:checked');
      return chosen ? parseInt(chosen.value, 10) : null;
    }
    function save() {
      if (form.hasAttribute("data-saving")) { return; }
      var mood = value("mood");
      if (mood === null) { status.textContent = texts.mood_needed; return; }
      form.setAttribute("data-saving", "");
      var payload = { mood: mood };
      var lonely = value("sexual_loneliness");
      if (lonely !== null) { payload.sexual_loneliness = lonely; }
      var date = form.hasAttribute("data-local-day") ? localToday() : form.querySelector('[name="quick-date"]').value;
      Array.prototype.forEach.call(form.querySelectorAll("input, button"), function (input) {
        if (input.type !== "hidden") { input.disabled = true; }
      });
      ready.then(function () { return queueAndSend(date, payload, status); });
    }
    form.addEventListener("change", function () {
      if (value("mood") !== null && value("sexual_loneliness") !== null) { save(); }
    });
    form.addEventListener("submit", function (event) {
      if (event.submitter && event.submitter.name === "more") { return; } // the full form, pre-filled
      event.preventDefault();
      save();
    });
  });

  // --- The full check-in: posts as a form online, waits on the phone offline ---------------------
  var WHOLE = ["mood", "sexual_loneliness", "emotional_loneliness", "social_loneliness",
    "longing_distress", "social_contacts", "sleep_quality", "activity_minutes"];

  function fullPayload(form) {
    var data = new FormData(form);
    var out = {};
    WHOLE.forEach(function (name) {
      var raw = data.get(name);
      if (raw !== null && raw !== "") { out[name] = Number(raw); }
    });
    var sleep = data.get("sleep_hours");
    if (sleep) { out.sleep_hours = Number(sleep); }
    out.social_contact_kinds = data.getAll("social_contact_kinds");
    var eaten = data.get("nourishment");
    if (eaten) { out.nourishment = eaten; }
    ["win", "setback", "note"].forEach(function (name) { out[name] = String(data.get(name) || ""); });
    return out;
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[data-offline-checkin]"), function (form) {
    var status = form.querySelector("[data-checkin-status]");
    form.addEventListener("submit", function (event) {
      if (navigator.onLine || form.hasAttribute("data-saving")) { return; } // online: the usual form post
      event.preventDefault();
      var payload = fullPayload(form);
      if (payload.mood == null) { status.textContent = texts.mood_needed; return; }
      form.setAttribute("data-saving", "");
      ready.then(function () { return queueAndSend(form.getAttribute("data-date"), payload, status); });
    });
  });

  // --- Sending what waits -----------------------------------------------------------------------
  window.addEventListener("online", flushAndShow);
  if (navigator.serviceWorker) {
    navigator.serviceWorker.addEventListener("message", function (event) {
      if (event.data && event.data.type === "attune-outbox") { after(event.data.summary, false); }
    });
  }
  ready.then(function () { return navigator.onLine ? flushAndShow() : render(); });
})();
