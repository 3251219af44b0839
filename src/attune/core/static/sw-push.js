/* Push reminders inside the service worker (/sw.js imports this file).
   A reminder's payload is only ever the neutral words the server chose
   ("attune check-in", or the person's chosen app name); nothing private. */
self.addEventListener("push", (event) => {
  const text = event.data ? event.data.text() : "";
  if (!text) return;
  event.waitUntil(
    self.registration.showNotification(text, { tag: "attune-reminder", data: { url: "/" } })
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = (event.notification.data && event.notification.data.url) || "/";
  event.waitUntil(self.clients.openWindow(url));
});
