/* Quick exit: leave attune at once for a neutral page.
 *
 * PenzeyMoog 2021, "Design for Safety"; "Click Here to Exit: An Evaluation of Quick Exit
 * Buttons", CHI 2023. Any element with data-quick-exit (a plain link that works without this
 * script) and the Esc key replace the page with the link's neutral address. location.replace
 * swaps the current page out of the tab's history, so Back does not bring it back; pages
 * visited earlier stay in the browser's history (the help page says so).
 *
 * Esc exits at once, except while typing in a field, where Esc is also used to dismiss
 * suggestions: there, two presses within 1.5 seconds exit, so a draft is not lost by accident.
 */
(function () {
  "use strict";
  var last = 0;

  function target() {
    var link = document.querySelector("[data-quick-exit]");
    return link ? link.getAttribute("href") : null;
  }

  function leave(url) {
    if (!url) { return; }
    try {
      document.title = "";
      document.body.style.visibility = "hidden"; // nothing readable while the next page loads
    } catch (e) { /* leave anyway */ }
    window.location.replace(url);
  }

  function typing(el) {
    if (!el) { return false; }
    var tag = el.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("[data-quick-exit]") : null;
    if (!link) { return; }
    event.preventDefault();
    leave(link.getAttribute("href"));
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") { return; }
    var url = target();
    if (!url) { return; }
    var now = Date.now();
    if (!typing(document.activeElement) || now - last < 1500) {
      leave(url);
    }
    last = now;
  });
})();
