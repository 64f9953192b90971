// The ingest page while an ingest runs: reads /api/v1/ingest/progress every second and updates the counts; when the
// ingest ends, reloads the page, which lists what could not be read. Without this script the page reloads itself.
(function () {
  "use strict";
  var section = document.getElementById("ingest-progress");
  if (!section) return;
  function set(id, text) {
    var el = document.getElementById(id);
    if (el) el.textContent = text;
  }
  function duration(s) {
    if (s < 0) return "?";
    var h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, sec = Math.round(s) % 60;
    if (h > 0) return h + " h " + (m < 10 ? "0" : "") + m + " min";
    if (m > 0) return m + " min " + (sec < 10 ? "0" : "") + sec + " s";
    return sec + " s";
  }
  var perSecond = section.getAttribute("data-per-second") || "%s";
  function poll() {
    fetch("/api/v1/ingest/progress", { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (p) {
        if (p.state !== "running") { window.location.reload(); return; }
        set("ingest-files", p.filesDone + " / " + (p.filesTotal < 0 ? "?" : p.filesTotal));
        set("ingest-pages", p.pages);
        set("ingest-ocr", p.ocrPages);
        set("ingest-failures", p.failures);
        set("ingest-rate", perSecond.replace("%s", p.pagesPerSecond.toFixed(1)));
        set("ingest-elapsed", duration(p.secondsElapsed));
        set("ingest-left", duration(p.secondsLeft));
        var stage = section.getAttribute("data-stage-" + p.stage);
        if (stage) set("ingest-state", stage);
        if (p.stage !== "reading") { // the analyses after the files: their own count of documents
          var words = section.getAttribute(p.stageTotal >= 0 ? "data-documents-of" : "data-documents") || "%d";
          set("ingest-stage-count", words.replace("%d", p.stageDone).replace("%d", p.stageTotal));
        }
        var bar = document.getElementById("ingest-bar");
        if (bar && p.filesTotal > 0) bar.value = Math.min(100, Math.floor(p.filesDone * 100 / p.filesTotal));
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 1000);
})();
