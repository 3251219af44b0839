/* Check-ins that wait on this phone until they can be sent (issue 19).
 *
 * Loaded by the pages (pwa.js) and by the service worker (sw.js, for Background Sync): one
 * IndexedDB database, "attune-outbox", with
 *   items: {key (the Idempotency-Key), owner, date, payload, status, ...}
 *          status "queued" | "sent" | "conflict" | "failed"
 *   meta:  {name: "owner", owner, csrf} — who is signed in on this browser now.
 *
 * Nothing is lost: a check-in is written here before it is sent, and only marked sent when
 * the server has answered. Nothing is sent twice: every send carries the item's own
 * Idempotency-Key, so a retry after a lost answer gets the first answer back; a lock keeps
 * the page and the service worker from sending at the same moment. A check-in is only sent
 * while its owner is the one signed in, and never overwrites a day the server already has:
 * the server answers 409 with its version and the person chooses (resolve()).
 */
(function (scope) {
  "use strict";
  var DB_NAME = "attune-outbox";
  var SYNC_TAG = "attune-outbox";
  var API = "/api/v1/checkins";

  function request(req) {
    return new Promise(function (resolve, reject) {
      req.onsuccess = function () { resolve(req.result); };
      req.onerror = function () { reject(req.error); };
    });
  }

  function open() {
    var req = scope.indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = function () {
      var db = req.result;
      if (!db.objectStoreNames.contains("items")) { db.createObjectStore("items", { keyPath: "key" }); }
      if (!db.objectStoreNames.contains("meta")) { db.createObjectStore("meta", { keyPath: "name" }); }
    };
    return request(req);
  }

  // Run fn(store) in one transaction; resolves with fn's request result when it commits.
  function withStore(name, mode, fn) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(name, mode);
        var result;
        var req = fn(tx.objectStore(name));
        if (req) { req.onsuccess = function () { result = req.result; }; }
        tx.oncomplete = function () { db.close(); resolve(result); };
        tx.onerror = tx.onabort = function () { db.close(); reject(tx.error); };
      });
    });
  }

  function all() { return withStore("items", "readonly", function (s) { return s.getAll(); }); }
  function put(item) { return withStore("items", "readwrite", function (s) { return s.put(item); }); }
  function remove(key) { return withStore("items", "readwrite", function (s) { return s.delete(key); }); }

  function owner() {
    return withStore("meta", "readonly", function (s) { return s.get("owner"); })
      .then(function (row) { return row || { name: "owner", owner: "", csrf: "" }; });
  }

  function setOwner(who, csrf) {
    return withStore("meta", "readwrite", function (s) {
      return s.put({ name: "owner", owner: who || "", csrf: csrf || "" });
    });
  }

  function newKey() {
    if (scope.crypto && scope.crypto.randomUUID) { return scope.crypto.randomUUID(); }
    var bytes = new Uint8Array(16);
    scope.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  // Keep a check-in on this phone before anything is sent. Resolves with the stored item.
  function add(who, date, payload) {
    var item = { key: newKey(), owner: who, date: date, payload: payload, status: "queued", created: Date.now(), seen: false };
    return put(item).then(function () { return item; });
  }

  // Forget check-ins already sent, except the signed-in person's own (keepOwner; none at
  // sign-out). Check-ins not yet sent (or waiting for a choice) stay for their owner's next
  // sign-in on this phone; nobody else is shown them or sends them.
  function forgetSent(keepOwner) {
    return all().then(function (items) {
      return Promise.all(items.filter(function (item) {
        return item.status === "sent" && (!keepOwner || item.owner !== keepOwner);
      }).map(function (item) { return remove(item.key); }));
    });
  }

  // At sign-out: the server's copy fetched for a choice is dropped (it is asked for again at
  // the owner's next sign-in), so nothing of it waits on a shared phone.
  function forgetServerCopies() {
    return all().then(function (items) {
      return Promise.all(items.filter(function (item) { return item.status === "conflict"; })
        .map(function (item) {
          delete item.server;
          delete item.serverHasNote;
          item.status = "queued";
          return put(item);
        }));
    });
  }

  function locked(fn) {
    var locks = scope.navigator && scope.navigator.locks;
    return locks ? locks.request(DB_NAME, fn) : fn();
  }

  function send(item, csrf, method, url, body) {
    var headers = { "Content-Type": "application/json", "Idempotency-Key": item.key };
    if (csrf) { headers["X-CSRFToken"] = csrf; }
    return scope.fetch(url, {
      method: method, headers: headers, body: JSON.stringify(body), credentials: "same-origin",
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (answer) {
        return { status: response.status, answer: answer };
      });
    });
  }

  function detailOf(answer) {
    var parts = [answer.detail || ""];
    var errors = answer.errors || {};
    Object.keys(errors).forEach(function (field) { parts.push(field + ": " + [].concat(errors[field]).join(" ")); });
    return parts.filter(Boolean).join(" ");
  }

  // Apply the server's answer to the item. Returns false when sending should stop for now.
  function settle(item, result, summary) {
    var status = result.status;
    if (status === 200 || status === 201) {
      item.status = "sent";
      item.sentAt = Date.now();
      item.id = result.answer.id;
      item.support = !!result.answer.support;
      if (item.support) { summary.support = true; }
      summary.sent.push(item);
      return put(item).then(function () { return true; });
    }
    if (status === 409 && result.answer.existing) {
      item.status = "conflict";
      item.server = result.answer.existing;
      item.serverHasNote = !!result.answer.existing_has_note;
      item.serverId = result.answer.existing_id;
      summary.conflicts.push(item);
      return put(item).then(function () { return true; });
    }
    if (status === 422 || status === 404) {
      item.status = "failed";
      item.detail = detailOf(result.answer);
      summary.failed.push(item);
      return put(item).then(function () { return true; });
    }
    // 401/403 (signed out, or the page's token is stale), 429, 5xx: try again later.
    summary.waiting = true;
    return Promise.resolve(false);
  }

  // Send every queued check-in of the person signed in now. Resolves with a summary.
  function flush() {
    var summary = { sent: [], conflicts: [], failed: [], waiting: false, support: false };
    return locked(function () {
      return owner().then(function (me) {
        return all().then(function (items) {
          var queued = items.filter(function (item) { return item.status === "queued"; });
          var mine = queued.filter(function (item) { return me.owner && item.owner === me.owner; });
          var next = Promise.resolve(true);
          mine.sort(function (a, b) { return a.created - b.created; }).forEach(function (item) {
            next = next.then(function (going) {
              if (!going) { return false; }
              var body = Object.assign({ date: item.date }, item.payload);
              return send(item, me.csrf, "POST", API, body)
                .then(function (result) { return settle(item, result, summary); },
                  function () { summary.waiting = true; return false; }); // offline
            });
          });
          return next;
        });
      });
    }).then(function () { return summary; });
  }

  // The person chose which check-in stays for a day that had two.
  function resolve(key, keepMine) {
    var summary = { sent: [], conflicts: [], failed: [], waiting: false, support: false };
    return locked(function () {
      return Promise.all([owner(), all()]).then(function (found) {
        var me = found[0];
        var item = found[1].filter(function (it) { return it.key === key && it.owner === me.owner; })[0];
        if (!item || item.status !== "conflict") { return null; }
        if (!keepMine) { return remove(item.key); }
        return send(item, me.csrf, "PATCH", API + "/" + item.serverId, item.payload)
          .then(function (result) { return settle(item, result, summary); },
            function () { summary.waiting = true; });
      });
    }).then(function () { return summary; });
  }

  function discard(key) { return remove(key); }

  scope.AttuneOutbox = {
    SYNC_TAG: SYNC_TAG, add: add, all: all, put: put, flush: flush, resolve: resolve,
    discard: discard, owner: owner, setOwner: setOwner, forgetSent: forgetSent,
    forgetServerCopies: forgetServerCopies,
  };
})(self);
