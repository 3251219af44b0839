// Guided pacer for body exercises: a shape that grows and shrinks with each step, with counts.
// The page works fully without this file: every step is listed as text with its count, and
// the finish form is plain HTML. With prefers-reduced-motion the shape is hidden and only the
// counted text is shown.
(function () {
  "use strict";
  var pacer = document.getElementById("pacer");
  var list = document.getElementById("exercise-steps");
  if (!pacer || !list) { return; }
  var shape = document.getElementById("pacer-shape");
  var countEl = document.getElementById("pacer-count");
  var stepEl = document.getElementById("pacer-step");
  var roundEl = document.getElementById("pacer-round");
  var toggle = document.getElementById("pacer-toggle");
  var next = document.getElementById("pacer-next");
  var slower = document.getElementById("pacer-slower");
  var motion = window.matchMedia ? window.matchMedia("(prefers-reduced-motion: reduce)") : null;

  function text(name) { return pacer.getAttribute("data-" + name) || ""; }

  function stepFrom(item, round, rounds) {
    var label = item.querySelector(".step-text");
    return {
      item: item,
      text: label ? label.textContent : "",
      seconds: Math.max(1, parseInt(item.getAttribute("data-seconds"), 10) || 1),
      phase: item.getAttribute("data-phase") || "still",
      counted: item.getAttribute("data-counted") === "yes",
      round: round,
      rounds: rounds
    };
  }

  // The timeline: steps in order, a repeated cycle unrolled round by round.
  var timeline = [];
  Array.prototype.forEach.call(list.children, function (child) {
    var rounds = parseInt(child.getAttribute("data-rounds") || "0", 10);
    if (rounds > 0) {
      var items = child.querySelectorAll(".exercise-step");
      for (var round = 1; round <= rounds; round += 1) {
        for (var i = 0; i < items.length; i += 1) { timeline.push(stepFrom(items[i], round, rounds)); }
      }
    } else if (child.classList.contains("exercise-step")) {
      timeline.push(stepFrom(child, 0, 0));
    }
  });
  if (!timeline.length) { return; }

  var index = -1;
  var elapsed = 0;
  var timer = null;
  var running = false;
  var slow = false;

  function reduced() { return Boolean(motion && motion.matches); }
  function applyMotionPreference() { pacer.classList.toggle("is-reduced", reduced()); }
  function tickMs() { return slow ? 1500 : 1000; }

  function showShape(step) {
    shape.style.setProperty("--pacer-seconds", (step.seconds * tickMs()) / 1000 + "s");
    shape.classList.toggle("is-full", step.phase === "expand" || step.phase === "full");
    shape.classList.toggle("is-still", step.phase === "still");
  }

  function showCount(step) {
    if (step.counted) {
      countEl.textContent = String(Math.min(elapsed + 1, step.seconds));
    } else {
      countEl.textContent = text("left-template").replace("{n}", String(step.seconds - elapsed));
    }
  }

  function unmark() {
    var marked = list.querySelectorAll(".is-current");
    for (var i = 0; i < marked.length; i += 1) {
      marked[i].classList.remove("is-current");
      marked[i].removeAttribute("aria-current");
    }
  }

  function finish() {
    running = false;
    schedule();
    unmark();
    index = -1;
    countEl.textContent = "";
    roundEl.textContent = "";
    stepEl.textContent = text("done");
    shape.classList.remove("is-full");
    shape.classList.add("is-still");
    toggle.textContent = text("start");
    var heading = document.getElementById("finish-title");
    if (heading) { heading.focus(); }
  }

  function begin(at) {
    if (at >= timeline.length) { finish(); return; }
    index = at;
    elapsed = 0;
    var step = timeline[index];
    stepEl.textContent = step.text;
    roundEl.textContent = step.rounds
      ? text("round-template").replace("{round}", String(step.round)).replace("{rounds}", String(step.rounds))
      : "";
    unmark();
    step.item.classList.add("is-current");
    step.item.setAttribute("aria-current", "step");
    showShape(step);
    showCount(step);
  }

  function tick() {
    elapsed += 1;
    if (elapsed >= timeline[index].seconds) { begin(index + 1); } else { showCount(timeline[index]); }
  }

  function schedule() {
    if (timer !== null) { window.clearInterval(timer); timer = null; }
    if (running) { timer = window.setInterval(tick, tickMs()); }
  }

  toggle.addEventListener("click", function () {
    if (running) {
      running = false;
      schedule();
      toggle.textContent = text("resume");
      stepEl.textContent = text("paused");
      return;
    }
    running = true;
    if (index < 0) { begin(0); } else { stepEl.textContent = timeline[index].text; }
    toggle.textContent = text("pause");
    schedule();
  });

  next.addEventListener("click", function () {
    begin(index + 1);
    schedule();
  });

  slower.addEventListener("click", function () {
    slow = !slow;
    slower.setAttribute("aria-pressed", slow ? "true" : "false");
    if (index >= 0) { showShape(timeline[index]); }
    schedule();
  });

  if (motion) {
    if (motion.addEventListener) { motion.addEventListener("change", applyMotionPreference); }
    else if (motion.addListener) { motion.addListener(applyMotionPreference); }
  }
  applyMotionPreference();
  shape.classList.add("is-still");
  stepEl.textContent = text("ready");
  pacer.hidden = false;
})();
