// Keeps "n of N answered" current as answers are chosen (the page works without it).
(function () {
  var form = document.querySelector("form.questionnaire");
  var progress = document.getElementById("progress");
  if (!form || !progress) { return; }
  var total = form.querySelectorAll("fieldset.item").length;
  var template = progress.getAttribute("data-template") || "{done} of {total} answered";
  function update() {
    var done = form.querySelectorAll("fieldset.item input:checked").length;
    progress.textContent = template.replace("{done}", done).replace("{total}", total);
  }
  form.addEventListener("change", update);
  update();
})();
