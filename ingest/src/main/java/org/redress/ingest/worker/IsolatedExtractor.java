package org.redress.ingest.worker;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.redress.ingest.extract.ExtractionRequest;
import org.redress.ingest.extract.ExtractionResult;
import org.redress.ingest.extract.Extractor;
import org.redress.ingest.extract.ExtractorUnavailableException;
import org.redress.ingest.ocr.LastLines;

/**
 * Extraction in a separate JVM with its own memory limit, watched by a clock. A file that hangs
 * the parser, exhausts memory or crashes the process costs one recorded failure: the process is
 * killed and a fresh one takes the next file. The clock restarts whenever the worker reports
 * progress, so a long scan that is being OCR'd page by page is not mistaken for a hang.
 */
public final class IsolatedExtractor implements Extractor {
    private static final String EOF_MARK = "\u0000eof";
    private final Duration timeout;
    private final int memoryMb;
    private final ObjectMapper json = WorkerJson.mapper();
    private Process process;
    private Writer toWorker;
    private BlockingQueue<String> fromWorker;
    /** The reader's standard error: what the JVM and the parsers' loggers (errors only) print. */
    private LastLines stderr;

    private final List<String> extraJvmOptions;
    /** The reader's java.io.tmpdir (Tika's, POI's and Tesseract's temporary files); null for the JVM's default. */
    private Path tempDir;

    public IsolatedExtractor(Duration timeout, int memoryMb) {
        this(timeout, memoryMb, fromEnvironment());
    }

    /** With extra options for the reader JVMs (profiling, a different collector). */
    public IsolatedExtractor(Duration timeout, int memoryMb, List<String> extraJvmOptions) {
        this.timeout = timeout;
        this.memoryMb = memoryMb;
        this.extraJvmOptions = List.copyOf(extraJvmOptions);
    }

    /**
     * The readers write their temporary files here (it must exist) instead of the system's temporary folder: an
     * encrypted case gives a private folder in memory. Null keeps the default.
     */
    public IsolatedExtractor withTempDir(Path dir) {
        this.tempDir = dir;
        return this;
    }

    private static String absoluteClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /** REDRESS_WORKER_JAVA_OPTS, split on white space. */
    private static List<String> fromEnvironment() {
        String extra = System.getenv("REDRESS_WORKER_JAVA_OPTS");
        return extra == null || extra.isBlank()
                ? List.of()
                : java.util.Arrays.asList(extra.trim().split("\\s+"));
    }

    @Override
    public ExtractionResult extract(ExtractionRequest request) {
        try {
            ensureStarted();
            stderr.clear(); // a failure quotes only what was printed while reading this file
            toWorker.write(json.writeValueAsString(request) + "\n");
            toWorker.flush();
            return await(request);
        } catch (ReaderStartException e) {
            stop();
            throw new ExtractorUnavailableException(
                    "the isolated reader process could not be started: " + e.getMessage(), e);
        } catch (IOException e) {
            stop();
            return ExtractionResult.failed(
                    null, "the isolated reader could not be reached: " + e.getMessage() + lastWords());
        } catch (InterruptedException e) {
            // The run is stopping: not the file's fault, so nothing is recorded against it.
            stop();
            Thread.currentThread().interrupt();
            throw new ExtractorUnavailableException("ingest was interrupted", e);
        }
    }

    private ExtractionResult await(ExtractionRequest request) throws InterruptedException, IOException {
        while (true) {
            String line = fromWorker.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                stop();
                return ExtractionResult.failed(
                        null,
                        "timed out after " + timeout.toSeconds()
                                + " s (the file may be damaged or built to hang readers)");
            }
            if (line.equals("beat")) continue;
            if (line.startsWith("done ")) {
                Path result = Path.of(line.substring(5));
                try {
                    return json.readValue(result.toFile(), ExtractionResult.class);
                } finally {
                    Files.deleteIfExists(result);
                }
            }
            if (line.equals(EOF_MARK)) {
                int code = exitCode();
                stop();
                String said = lastWords();
                if (code == 3)
                    return ExtractionResult.failed(
                            null, "ran out of memory while reading (limit " + memoryMb + " MB)" + said);
                return ExtractionResult.failed(null, "the reader crashed on this file (exit code " + code + ")" + said);
            }
        }
    }

    private int exitCode() throws InterruptedException {
        return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    private void ensureStarted() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) return;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + memoryMb + "m");
        command.add("-XX:+ExitOnOutOfMemoryError"); // exit code 3: reported as "ran out of memory"
        command.add("-Xss8m"); // deeply nested documents recurse deeply
        command.add("-Djava.awt.headless=true");
        command.add(
                "-XX:+DisplayVMOutputToStderr"); // the JVM's own last words ("Terminating due to …") off the protocol
        // channel
        // The quick compiler only: a reader runs a wide code base (Tika, PDFBox, POI) briefly per
        // file and restarts after every crash, so the optimising compiler's work rarely pays back.
        // Measured here: 400 files 21.5 s → 14.1 s, 2,000 files 42.8 s → 30.8 s. Options given in
        // REDRESS_WORKER_JAVA_OPTS come later and win (-XX:TieredStopAtLevel=4 undoes this).
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=error");
        if (tempDir != null) command.add("-Djava.io.tmpdir=" + tempDir);
        command.addAll(extraJvmOptions);
        command.add("-cp");
        command.add(absoluteClassPath()); // absolute: the reader may run in another working folder
        command.add(ExtractWorker.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        if (tempDir != null) builder.environment().put("TMPDIR", tempDir.toString()); // Tesseract's and other tools'
        if (tempDir != null) builder.directory(tempDir.toFile()); // a crash report (hs_err) lands here too
        process = builder.start();
        stderr = new LastLines(process.getErrorStream(), 20, 200, "extract-worker-stderr");
        toWorker = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        fromWorker = new LinkedBlockingQueue<>();
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        BlockingQueue<String> queue = fromWorker;
        Thread pump = new Thread(
                () -> {
                    try {
                        for (String line; (line = reader.readLine()) != null; ) queue.add(line);
                    } catch (IOException ignored) {
                        // the process died; the end mark below tells the waiting side
                    }
                    queue.add(EOF_MARK);
                },
                "extract-worker-output");
        pump.setDaemon(true);
        pump.start();
        // The JVM itself may print to standard output before the worker runs (a recording it was
        // told to start, a warning): wait for the word "ready" and pass over anything else.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        String said = null;
        while (System.nanoTime() < deadline) {
            String line = queue.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(EOF_MARK)) break;
            if (line.equals("ready")) return;
            said = line;
        }
        stop();
        throw new ReaderStartException(
                "it did not say it was ready" + (said == null ? "" : " (its last words: " + said + ")") + lastWords());
    }

    /** The last lines the reader wrote to standard error, once it has gone, to end a failure reason with. */
    private String lastWords() {
        List<String> lines = stderr == null ? List.of() : stderr.awaitEnd(2000);
        return lines.isEmpty() ? "" : "; its standard error ended:\n    " + String.join("\n    ", lines);
    }

    /** The reader process would not start; see {@link ExtractorUnavailableException}. */
    private static final class ReaderStartException extends IOException {
        ReaderStartException(String message) {
            super(message);
        }
    }

    private void stop() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly); // a Tesseract it started
            process.destroyForcibly();
            process = null;
        }
    }

    @Override
    public void close() {
        if (process != null) {
            try {
                toWorker.close();
                if (!process.waitFor(5, TimeUnit.SECONDS)) stop();
            } catch (IOException | InterruptedException e) {
                stop();
            }
            process = null;
        }
    }
}
