/* Push reminders on the Reminders page: subscribe this browser through its service worker
   (/sw.js, which shows the reminder with /static/sw-push.js) and tell the server, or stop.
   Without JavaScript, or where the browser has no Push API, the page keeps its email and
   calendar options and says so; nothing here is needed for them. */
(function () {
  "use strict";
  var box = document.getElementById("push-reminders");
  if (!box) { return; }
  var status = box.querySelector("[data-push-status]");
  var onButton = box.querySelector("[data-push-on]");
  var offButton = box.querySelector("[data-push-off]");
  var api = box.getAttribute("data-api");
  var key = box.getAttribute("data-key");
  var csrfInput = box.querySelector("input[name=csrfmiddlewaretoken]");
  var csrf = csrfInput ? csrfInput.value : "";
  var subscriptionId = null;

  function say(name) { status.textContent = box.getAttribute("data-say-" + name) || ""; }

  function show(subscribed) {
    onButton.hidden = subscribed;
    offButton.hidden = !subscribed;
    say(subscribed ? "on" : "off");
  }

  // The VAPID public key (base64url) as the bytes pushManager.subscribe takes.
  function keyBytes(text) {
    var padded = (text + "===".slice((text.length + 3) % 4)).replace(/-/g, "+").replace(/_/g, "/");
    var raw = window.atob(padded);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i += 1) { bytes[i] = raw.charCodeAt(i); }
    return bytes;
  }

  function send(method, url, body) {
    return fetch(url, {
      method: method,
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
      body: body ? JSON.stringify(body) : undefined
    }).then(function (response) {
      if (!response.ok) { throw new Error("push subscription: HTTP " + response.status); }
      return response.status === 204 ? null : response.json();
    });
  }

  // Tell the server about this browser's subscription (again: harmless, and it finds the id).
  function remember(subscription) {
    var data = subscription.toJSON();
    return send("POST", api, { endpoint: data.endpoint, keys: data.keys }).then(function (saved) {
      subscriptionId = saved.id;
      show(true);
    });
  }

  function failed(error) {
    if (window.console) { window.console.warn(error); }
    say(window.Notification && Notification.permission === "denied" ? "denied" : "failed");
  }

  if (!key || !("serviceWorker" in navigator) || !("PushManager" in window) ||
      !("Notification" in window)) {
    say("unsupported");
    return;
  }

  var registration = navigator.serviceWorker.getRegistration("/").then(function (found) {
    return found || navigator.serviceWorker.register("/sw.js", { scope: "/" });
  }).then(function () { return navigator.serviceWorker.ready; });

  registration.then(function (ready) {
    return ready.pushManager.getSubscription();
  }).then(function (subscription) {
    if (subscription && Notification.permission === "granted") { return remember(subscription); }
    if (Notification.permission === "denied") { say("denied"); onButton.hidden = true; return null; }
    show(false);
    return null;
  }).catch(function (error) {
    say("unsupported");
    if (window.console) { window.console.warn(error); }
  });

  onButton.addEventListener("click", function () {
    say("working");
    Notification.requestPermission().then(function (permission) {
      if (permission !== "granted") { throw new Error("notifications not allowed"); }
      return registration;
    }).then(function (ready) {
      return ready.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(key) });
    }).then(remember).catch(failed);
  });

  offButton.addEventListener("click", function () {
    say("working");
    registration.then(function (ready) {
      return ready.pushManager.getSubscription();
    }).then(function (subscription) {
      return subscription ? subscription.unsubscribe() : true;
    }).then(function () {
      return subscriptionId === null ? null : send("DELETE", api + "/" + subscriptionId);
    }).then(function () {
      subscriptionId = null;
      show(false);
    }).catch(failed);
  });
})();
