package org.redress.ingest.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hashes being extracted right now. Two identical files reaching two threads at once must
 * give one document and one duplicate, every time (Datashare loses a record in this race), so
 * the second thread waits for the first to finish.
 */
final class InFlight {
    private final ConcurrentHashMap<String, CompletableFuture<Void>> running = new ConcurrentHashMap<>();

    /** True if this caller now owns the hash; false after waiting for its owner to finish. */
    boolean claim(String sha256) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> theirs = running.putIfAbsent(sha256, mine);
        if (theirs == null) return true;
        theirs.join();
        return false;
    }

    void release(String sha256) {
        CompletableFuture<Void> f = running.remove(sha256);
        if (f != null) f.complete(null);
    }
}
