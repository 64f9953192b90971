package org.redress.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.redress.app.wiring.CaseFolder;
import org.redress.core.corpus.IngestSummary;
import org.redress.ingest.extract.PlainTextFirst;
import org.redress.ingest.ocr.PdfPageRenderer;
import org.redress.ingest.ocr.Pdftoppm;
import org.redress.ingest.ocr.Tesseract;
import org.redress.ingest.pipeline.Ingest;
import org.redress.ingest.pipeline.IngestListener;
import org.redress.ingest.pipeline.IngestOptions;
import org.redress.ingest.worker.IsolatedExtractor;

/**
 * Ingest speed and memory, beside its floor, in one run:
 * (a) Redress ingest (the real pipeline: isolated reader processes, SQLite, blob store, Lucene) of
 * a generated text corpus; (b) the floor: plain Tika (AutoDetectParser + BodyContentHandler) and
 * plain Lucene (StandardAnalyzer, one field) on the same files with the same thread count;
 * (c) Redress on a small scanned set against the tesseract command line on the same pages
 * rendered at 300 dpi (OMP_THREAD_LIMIT=1, as many processes at a time as threads).
 *
 * <pre>
 * java -Xmx512m -cp ... org.redress.bench.IngestBenchmark --work DIR --report FILE
 *      [--files 400] [--ocr-pages 10] [--threads 2] [--seed S]
 * </pre>
 */
public final class IngestBenchmark {
    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(
                args, java.util.Set.of("--work", "--report", "--files", "--ocr-pages", "--threads", "--seed"));
        Path work = a.path("--work", "bench/target/ingest-bench");
        Path report = a.path("--report", "bench/target/ingest-report.md");
        long files = a.number("--files", 400);
        long ocrPages = a.number("--ocr-pages", 10);
        int threads = a.integer("--threads", 2);
        long seed = a.number("--seed", 20261129L);
        deleteTree(work);
        Files.createDirectories(work);
        StringBuilder md = new StringBuilder();
        log("generating corpora");
        long g0 = System.nanoTime();
        CorpusGenerator.Corpus text = new CorpusGenerator(seed, CorpusGenerator.Mix.TEXT)
                .write(work.resolve("corpus-text"), files, Long.MAX_VALUE);
        CorpusGenerator.Corpus scans = ocrPages > 0
                ? new CorpusGenerator(seed + 1, CorpusGenerator.Mix.OCR)
                        .write(work.resolve("corpus-ocr"), Long.MAX_VALUE, ocrPages)
                : null;
        log("generated in " + Machine.f1((System.nanoTime() - g0) / 1e9) + " s: text " + text.describe()
                + (scans == null ? "" : "; scans " + scans.describe()));

        // (b) the floor first, in this JVM; (a) then runs its readers in fresh JVMs either way.
        log("floor: plain Tika + plain Lucene, " + threads + " threads");
        String loadFloor = Machine.load();
        Floor floor = floor(text.files(), work.resolve("floor-index"), threads);
        log("floor: " + Machine.f1(floor.seconds) + " s, " + floor.chars + " chars, " + floor.failures + " failures");

        log("redress ingest of the text corpus, " + threads + " threads");
        String loadRedress = Machine.load();
        Run redress;
        try (MemorySampler sampler = new MemorySampler(250)) {
            redress = redress(text.folder(), work.resolve("case-text"), threads, true);
            sampler.close();
            sampler.writeCsv(work.resolve("ingest-memory.csv"));
            redress.memoryTable = sampler.flatnessTable();
            redress.peakHeap = sampler.max(MemorySampler.Sample::usedHeap);
            redress.peakOld = sampler.max(MemorySampler.Sample::oldAfterGc);
            redress.peakChildren = sampler.max(MemorySampler.Sample::childrenRssKb);
            redress.peakChild = sampler.max(MemorySampler.Sample::maxChildRssKb);
        }
        long mainPeakRssKb = Machine.statusKb(Machine.selfPid(), "VmHWM");
        log("screening the ingested case for a watch list of " + ScreeningAtIngest.WATCHED + " people");
        String screening = ScreeningAtIngest.measure(work.resolve("case-text"), redress.wall, seed);
        log("redress: " + Machine.f1(redress.wall) + " s wall, " + redress.summary.pages() + " pages, "
                + redress.summary.ocrPages() + " of them OCR'd");

        // Diagnostic: the same ingest with OCR switched off. A text corpus should need no OCR, so
        // any difference is OCR that the pipeline ran on pages that had a text layer.
        log("diagnostic: redress ingest of the text corpus with OCR off");
        String loadNoOcr = Machine.load();
        Run noOcr = redress(text.folder(), work.resolve("case-text-no-ocr"), threads, false);
        log("redress, OCR off: " + Machine.f1(noOcr.wall) + " s wall, " + noOcr.summary.pages() + " pages");

        Run ocr = null;
        double cliSeconds = Double.NaN;
        long cliChars = 0;
        String loadOcr = null;
        String tesseractLanguages = Tesseract.find().map(Tesseract::languages).orElse(null);
        if (scans != null && tesseractLanguages != null) {
            log("redress ingest of the scanned set");
            loadOcr = Machine.load();
            ocr = redress(scans.folder(), work.resolve("case-ocr"), threads, true);
            log("redress OCR: " + Machine.f1(ocr.wall) + " s wall, " + ocr.summary.ocrPages() + " OCR pages");
            Path pngs = Files.createDirectories(work.resolve("ocr-png"));
            List<Path> images = new ArrayList<>();
            for (Path pdf : scans.files()) {
                try (PdfPageRenderer r = new PdfPageRenderer(pdf, null, Pdftoppm.find())) {
                    for (int p = 1; p <= r.pageCount(); p++) {
                        Path dir = Files.createDirectories(
                                pngs.resolve(pdf.getFileName().toString()));
                        images.add(r.render(p, dir).image());
                    }
                }
            }
            log("tesseract CLI on " + images.size() + " PNG pages at 300 dpi, " + threads + " at a time");
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicLong chars = new AtomicLong();
            List<Future<?>> fs = new ArrayList<>();
            for (Path image : images)
                fs.add(pool.submit(() -> {
                    chars.addAndGet(tesseract(image, tesseractLanguages));
                    return null;
                }));
            for (Future<?> f : fs) f.get();
            pool.shutdown();
            cliSeconds = (System.nanoTime() - t0) / 1e9;
            cliChars = chars.get();
            log("tesseract CLI: " + Machine.f1(cliSeconds) + " s");
        }

        // ---- report ----
        IngestSummary s = redress.summary;
        double ratio = redress.wall / floor.seconds;
        md.append("### Ingest (text corpus)\n\n");
        md.append("Corpus: ")
                .append(text.describe())
                .append(", generated by `CorpusGenerator` (seed ")
                .append(seed)
                .append(", mix text). Both sides read the same files with ")
                .append(threads)
                .append(" threads.\n\n");
        md.append(
                "| measurement | wall time | pages/s | load at start (1, 5, 15 min) | notes |\n|---|---|---|---|---|\n");
        md.append(String.format(
                Locale.ROOT,
                "| **Redress ingest** (isolated readers, SQLite, originals, Lucene) | %.1f s (run %.1f s + open/close %.1f s) | %.1f | %s | %d files, %d documents, %d pages (**%d of them OCR'd**, in a corpus with no scans), %d failures |%n",
                redress.wall,
                s.seconds(),
                redress.wall - s.seconds(),
                s.pages() / redress.wall,
                loadRedress,
                s.filesSeen(),
                s.documentsNew(),
                s.pages(),
                s.ocrPages(),
                s.failures().size()));
        md.append(String.format(
                Locale.ROOT,
                "| diagnostic: Redress ingest with OCR switched off (`IngestOptions.ocr=false`), same corpus | %.1f s | %.1f | %s | %d documents, %d pages; shows what the %d OCR'd pages above cost |%n",
                noOcr.wall,
                noOcr.summary.pages() / noOcr.wall,
                loadNoOcr,
                noOcr.summary.documentsNew(),
                noOcr.summary.pages(),
                s.ocrPages()));
        md.append(String.format(
                Locale.ROOT,
                "| floor: Tika AutoDetectParser + BodyContentHandler, Lucene StandardAnalyzer, one field | %.1f s | %.1f | %s | %d chars, %d failures; pages/s uses Redress's page count |%n",
                floor.seconds,
                s.pages() / floor.seconds,
                loadFloor,
                floor.chars,
                floor.failures));
        if (!s.failures().isEmpty()) {
            md.append("\nFailures Redress recorded on this corpus (the generator writes only valid files):\n\n");
            for (IngestSummary.FailureRow f : s.failures())
                md.append("- `")
                        .append(f.path())
                        .append("`: ")
                        .append(f.reason())
                        .append('\n');
        }
        md.append(String.format(
                Locale.ROOT,
                "%n**Ratio Redress / floor: %.2fx** (target within 1.5x): **%s**. With OCR off (diagnostic): %.2fx.%n%n",
                ratio,
                ratio <= 1.5 ? "met" : "NOT met",
                noOcr.wall / floor.seconds));
        md.append("Memory of the ingest (main JVM run with `-Xmx512m`; sampled every 250 ms, full series in `")
                .append(work.resolve("ingest-memory.csv"))
                .append("`):\n\n");
        md.append(String.format(
                Locale.ROOT,
                "- peak used heap %s; peak heap right after a GC (live set) %s; peak RSS of the main process %s (VmHWM, whole benchmark JVM)%n",
                Machine.mb(redress.peakHeap),
                redress.peakOld < 0 ? "n/a" : Machine.mb(redress.peakOld),
                Machine.mb(mainPeakRssKb * 1024)));
        md.append(String.format(
                Locale.ROOT,
                "- isolated readers: peak RSS of one reader %s, of all child processes together %s (they run with -Xmx%d m each)%n%n",
                Machine.mb(redress.peakChild * 1024),
                Machine.mb(redress.peakChildren * 1024),
                IngestOptions.defaults(work).workerMemoryMb()));
        md.append(redress.memoryTable).append('\n').append(screening);
        if (ocr != null) {
            double ocrRatio = ocr.wall / cliSeconds;
            md.append("### OCR (scanned set)\n\n");
            md.append("Scanned set: ")
                    .append(scans.describe())
                    .append(" (image-only PDFs, 200 dpi page images, generated by `CorpusGenerator --mix ocr`).\n\n");
            md.append("| measurement | wall time | s/page | load at start | notes |\n|---|---|---|---|---|\n");
            md.append(String.format(
                    Locale.ROOT,
                    "| **Redress ingest** of the scanned PDFs (render 300 dpi + tesseract per page, %d threads) | %.1f s | %.2f | %s | %d OCR pages, %d failures |%n",
                    threads,
                    ocr.wall,
                    ocr.wall / Math.max(1, ocr.summary.ocrPages()),
                    loadOcr,
                    ocr.summary.ocrPages(),
                    ocr.summary.failures().size()));
            md.append(String.format(
                    Locale.ROOT,
                    "| `tesseract PAGE.png stdout -l %s --psm 3`, OMP_THREAD_LIMIT=1, %d processes at a time, on the same pages pre-rendered at 300 dpi | %.1f s | %.2f | %s | %d chars out; rendering not counted |%n",
                    tesseractLanguages,
                    threads,
                    cliSeconds,
                    cliSeconds / Math.max(1, ocr.summary.ocrPages()),
                    loadOcr,
                    cliChars));
            md.append(String.format(
                    Locale.ROOT,
                    "%n**Ratio Redress / tesseract CLI: %.2fx** (target within 1.2x): **%s**.%n%n",
                    ocrRatio,
                    ocrRatio <= 1.2 ? "met" : "NOT met"));
        } else {
            md.append("### OCR\n\nNot measured: ")
                    .append(scans == null ? "--ocr-pages 0" : "tesseract is not installed")
                    .append(".\n\n");
        }
        Files.writeString(report, md.toString(), StandardCharsets.UTF_8);
        log("report written to " + report);
        System.out.println(md);
    }

    static final class Run {
        IngestSummary summary;
        double wall;
        String memoryTable = "";
        long peakHeap, peakOld, peakChildren, peakChild;
    }

    static Run redress(Path corpus, Path caseDir, int threads, boolean ocr) throws IOException {
        long t0 = System.nanoTime();
        Run run = new Run();
        try (CaseFolder c = CaseFolder.init(caseDir)) {
            IngestOptions d = IngestOptions.defaults(c.workDir()).withThreads(threads);
            IngestOptions options = ocr
                    ? d
                    : new IngestOptions(
                            d.passwords(),
                            d.threads(),
                            d.maxFileBytes(),
                            d.maxDepth(),
                            d.maxExpandedBytes(),
                            d.maxTextChars(),
                            false,
                            d.timeout(),
                            d.workerMemoryMb(),
                            d.workDir());
            Duration timeout = options.timeout();
            int memory = options.workerMemoryMb();
            Ingest ingest = new Ingest(
                    c.store(),
                    c.blobs(),
                    c.index(),
                    () -> new PlainTextFirst(new IsolatedExtractor(timeout, memory)),
                    options,
                    IngestListener.NONE);
            run.summary = ingest.run(List.of(corpus), "bench", LocalDate.of(2026, 11, 29));
        }
        run.wall = (System.nanoTime() - t0) / 1e9;
        return run;
    }

    record Floor(double seconds, long chars, long failures) {}

    static Floor floor(List<Path> files, Path indexDir, int threads) throws Exception {
        long t0 = System.nanoTime();
        AutoDetectParser parser = new AutoDetectParser();
        AtomicLong chars = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        try (FSDirectory dir = FSDirectory.open(indexDir);
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> fs = new ArrayList<>();
            for (Path file : files) {
                fs.add(pool.submit(() -> {
                    BodyContentHandler handler = new BodyContentHandler(-1);
                    Metadata metadata = new Metadata();
                    ParseContext context = new ParseContext();
                    context.set(Parser.class, parser); // recurse into attachments
                    TesseractOCRConfig noOcr = new TesseractOCRConfig();
                    noOcr.setSkipOcr(true); // text corpus: nothing to OCR
                    context.set(TesseractOCRConfig.class, noOcr);
                    try (InputStream in = TikaInputStream.get(file, metadata)) {
                        parser.parse(in, handler, metadata, context);
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    String body = handler.toString();
                    chars.addAndGet(body.length());
                    var doc = new org.apache.lucene.document.Document();
                    doc.add(new TextField("text", body, Field.Store.NO));
                    writer.addDocument(doc);
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
            pool.shutdown();
            writer.commit();
        }
        return new Floor((System.nanoTime() - t0) / 1e9, chars.get(), failures.get());
    }

    /** Runs the tesseract command line on one image; returns the number of characters it read. */
    static long tesseract(Path image, String languages) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("tesseract", image.toString(), "stdout", "-l", languages, "--psm", "3");
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        if (p.waitFor() != 0) throw new IOException("tesseract failed on " + image);
        return new String(out, StandardCharsets.UTF_8).length();
    }

    static void log(String message) {
        System.err.printf(
                Locale.ROOT,
                "[ingest-bench %s | load %s] %s%n",
                java.time.LocalTime.now().withNano(0),
                Machine.load(),
                message);
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
