package org.redress.app.wiring;

import java.time.Duration;
import java.util.List;
import org.redress.ingest.pipeline.IngestListener;

/**
 * What a person may choose for one ingest run (the rest are the pipeline's defaults).
 *
 * @param threads files read at once, or null for one per core
 */
public record IngestSettings(
        List<String> passwords, Duration timeout, int workerMemoryMb, Integer threads, IngestListener listener) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    public static final int DEFAULT_WORKER_MEMORY_MB = 1024;

    public IngestSettings {
        passwords = passwords == null ? List.of() : List.copyOf(passwords);
        if (listener == null) listener = IngestListener.NONE;
    }

    /** Without the passwords, which must never reach a log line. */
    @Override
    public String toString() {
        return "IngestSettings[passwords=" + passwords.size() + " hidden, timeout=" + timeout + ", workerMemoryMb="
                + workerMemoryMb + ", threads=" + threads + "]";
    }

    public static IngestSettings defaults() {
        return new IngestSettings(List.of(), DEFAULT_TIMEOUT, DEFAULT_WORKER_MEMORY_MB, null, IngestListener.NONE);
    }

    public IngestSettings withTimeout(Duration t) {
        return new IngestSettings(passwords, t, workerMemoryMb, threads, listener);
    }

    public IngestSettings withWorkerMemory(int mb) {
        return new IngestSettings(passwords, timeout, mb, threads, listener);
    }
}
