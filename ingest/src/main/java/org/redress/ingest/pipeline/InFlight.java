package org.redress.ingest.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.redress.core.port.DocumentStore;

/**
 * The hashes being extracted right now. Two identical files reaching two threads at once must
 * give one document and one duplicate, every time (Datashare loses a record in this race), so
 * the second thread waits for the first to finish. Shared by several runs of one case in one process (a worker's
 * threads), it does the same for them.
 */
public final class InFlight {
    private final ConcurrentHashMap<String, CompletableFuture<Void>> running = new ConcurrentHashMap<>();
    /** Whether runs with stores of their own (their own connections) wait on each other here. */
    private final boolean shared;

    InFlight(boolean shared) {
        this.shared = shared;
    }

    /** One for the runs of one case in this process, each with its own store (a worker's threads). */
    public static InFlight sharedByRuns() {
        return new InFlight(true);
    }

    /** True if this caller now owns the hash; false after waiting for its owner to finish. */
    boolean claim(String sha256) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> theirs = running.putIfAbsent(sha256, mine);
        if (theirs == null) return true;
        theirs.join();
        return false;
    }

    /**
     * Done with the hash. When other runs may be waiting, what this run wrote of it is committed first: they read it
     * through connections of their own, and would not see it otherwise.
     */
    void release(String sha256, DocumentStore store) {
        try {
            if (shared) store.commitBatch();
        } finally {
            release(sha256); // even when the commit fails: a hash never released would hold its waiters for good
        }
    }

    void release(String sha256) {
        CompletableFuture<Void> f = running.remove(sha256);
        if (f != null) f.complete(null);
    }
}
