// The ingest page while an ingest runs: reads /api/v1/ingest/progress every second and updates the counts; when the
// ingest ends, reloads the page, which lists what could not be read. Without this script the page reloads itself.
// On a team server it also follows the workers, whoever queued their files, until nothing waits.
(function () {
  "use strict";
  var section = document.getElementById("ingest-progress");
  var workers = document.getElementById("workers-progress");
  var running = section && section.getAttribute("data-state") === "running";
  var wasBusy = workers && workers.getAttribute("data-busy") === "true";
  if (!running && !workers) return;
  // "%,d of %,d documents" with each number grouped as the page's language groups it (1,234 / 1.234)
  var lang = document.documentElement.lang || "en";
  function counted(pattern, numbers) {
    var i = 0;
    return pattern.replace(/%,?d/g, function () { return Number(numbers[i++]).toLocaleString(lang); });
  }
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
  var perSecond = section ? section.getAttribute("data-per-second") || "%s" : "%s";
  var perMinute = workers ? workers.getAttribute("data-per-minute") || "%s" : "%s";
  function decimal(n) {
    return n.toLocaleString(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  }
  function showIngest(p) {
    set("ingest-files", p.filesDone + " / " + (p.filesTotal < 0 ? "?" : p.filesTotal));
    set("ingest-pages", p.pages);
    set("ingest-ocr", p.ocrPages);
    set("ingest-failures", p.failures);
    set("ingest-rate", perSecond.replace("%s", decimal(p.pagesPerSecond)));
    set("ingest-elapsed", duration(p.secondsElapsed));
    set("ingest-left", duration(p.secondsLeft));
    var stage = section.getAttribute("data-stage-" + p.stage);
    if (stage) set("ingest-state", stage);
    if (p.stage !== "reading") { // the analyses after the files: their own count of documents
      var of = p.stageTotal >= 0, n = of ? p.stageTotal : p.stageDone; // the noun agrees with the last number
      var words = section.getAttribute("data-documents" + (of ? "-of" : "") + (n === 1 ? "-one" : "-other")) || "%,d";
      set("ingest-stage-count", counted(words, [p.stageDone, p.stageTotal]));
    }
    var bar = document.getElementById("ingest-bar");
    if (bar && p.filesTotal > 0) bar.value = Math.min(100, Math.floor(p.filesDone * 100 / p.filesTotal));
  }
  function showWorkers(w) {
    set("workers-queued", w.queued.toLocaleString(lang));
    set("workers-running", w.running.toLocaleString(lang));
    set("workers-done", w.done.toLocaleString(lang));
    set("workers-failed", w.failed.toLocaleString(lang));
    set("workers-pace", w.filesPerMinute > 0 ? perMinute.replace("%s", decimal(w.filesPerMinute)) : "?");
    set("workers-left", duration(w.secondsLeft));
  }
  function poll() {
    fetch("/api/v1/ingest/progress", { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (p) {
        if (running && p.state !== "running") { window.location.reload(); return; }
        if (running) showIngest(p);
        var busy = false;
        if (workers && p.workers) {
          showWorkers(p.workers);
          busy = p.workers.queued + p.workers.running > 0;
          // once the files the page showed waiting are read, the page itself says so (not while the form's own
          // files are still being queued, when nothing may wait yet)
          if (!busy && !running && wasBusy) { window.location.reload(); return; }
        }
        if (running || busy) window.setTimeout(poll, running ? 1000 : 3000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 1000);
})();
