// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // Treaty matrix: moving the year slider sets the date and reloads the matrix.
  var form = document.getElementById("matrix-form");
  if (form) {
    var year = document.getElementById("year");
    var out = document.getElementById("year-out");
    var on = document.getElementById("on");
    year.addEventListener("input", function () { out.value = year.value; });
    year.addEventListener("change", function () {
      var md = on.value ? on.value.slice(4) : "-12-31";
      on.value = year.value + md;
      form.submit();
    });
  }
  // Overview: keep the "days inside" counts live without reloading.
  var cells = document.querySelectorAll("td.days[data-since]");
  function tick() {
    var now = Date.now();
    cells.forEach(function (td) {
      var since = Date.parse(td.getAttribute("data-since") + "T00:00:00Z");
      td.textContent = String(Math.floor((now - since) / 86400000));
    });
  }
  if (cells.length && !/[?&]today=/.test(location.search)) { tick(); setInterval(tick, 60000); }
})();
