package org.redress.ingest.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The limits and choices of one ingest run. */
public record IngestOptions(
        List<String> passwords,
        int threads,
        long maxFileBytes,
        int maxDepth,
        long maxExpandedBytes,
        int maxTextChars,
        boolean ocr,
        Duration timeout,
        int workerMemoryMb,
        Path workDir) {

    public IngestOptions {
        passwords = passwords == null ? List.of() : List.copyOf(passwords);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
    }

    /** Without the passwords, which must never reach a log line. */
    @Override
    public String toString() {
        return "IngestOptions[passwords=" + passwords.size() + " hidden, threads=" + threads + ", maxFileBytes="
                + maxFileBytes + ", maxDepth=" + maxDepth + ", maxExpandedBytes=" + maxExpandedBytes
                + ", maxTextChars=" + maxTextChars + ", ocr=" + ocr + ", timeout=" + timeout + ", workerMemoryMb="
                + workerMemoryMb + "]";
    }

    /**
     * Defaults: one reader per core; files up to 4 GB; containers nested 12 deep; 8 GB unpacked
     * from one input file; a document's text cut at 10 million characters (about 3,000 pages,
     * and what keeps the main process within a 512 MB heap: the text passes through it whole).
     */
    public static IngestOptions defaults(Path workDir) {
        return new IngestOptions(
                List.of(),
                Math.max(1, Runtime.getRuntime().availableProcessors()),
                4L << 30,
                12,
                8L << 30,
                10_000_000,
                true,
                Duration.ofSeconds(120),
                1024,
                workDir);
    }

    public IngestOptions withPasswords(List<String> list) {
        return new IngestOptions(
                list,
                threads,
                maxFileBytes,
                maxDepth,
                maxExpandedBytes,
                maxTextChars,
                ocr,
                timeout,
                workerMemoryMb,
                workDir);
    }

    public IngestOptions withThreads(int n) {
        return new IngestOptions(
                passwords,
                n,
                maxFileBytes,
                maxDepth,
                maxExpandedBytes,
                maxTextChars,
                ocr,
                timeout,
                workerMemoryMb,
                workDir);
    }

    public IngestOptions withTimeout(Duration t) {
        return new IngestOptions(
                passwords,
                threads,
                maxFileBytes,
                maxDepth,
                maxExpandedBytes,
                maxTextChars,
                ocr,
                t,
                workerMemoryMb,
                workDir);
    }

    public IngestOptions withMaxFileBytes(long bytes) {
        return new IngestOptions(
                passwords,
                threads,
                bytes,
                maxDepth,
                maxExpandedBytes,
                maxTextChars,
                ocr,
                timeout,
                workerMemoryMb,
                workDir);
    }
}
