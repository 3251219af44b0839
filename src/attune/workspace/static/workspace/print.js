// Session prep: a Print button for browsers with JavaScript; without it the hint stays.
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
  for (const hint of document.querySelectorAll("[data-print-hint]")) {
    hint.hidden = true;
  }
});
