package org.redress.ingest.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.redress.core.port.DocumentStore;

/**
 * The hashes being extracted right now. Two identical files reaching two threads at once must
 * give one document and one duplicate, every time (Datashare loses a record in this race), so
 * the second thread waits for the first to finish. Shared by several runs of one case in one process (a worker's
 * threads), it does the same for them; with {@link AcrossProcesses}, for the processes of other machines too.
 */
public final class InFlight {
    /**
     * How often a content another process reads is asked for again, and for how long before reading it anyway: an
     * hour, past any container's read (its lock is held while everything inside it is read), while a process that
     * stops gives its locks back with its connection.
     */
    static final long RETRY_MILLIS = 50;

    static final long MOST_WAIT_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(60);

    private final ConcurrentHashMap<String, CompletableFuture<Void>> running = new ConcurrentHashMap<>();
    /** Whether runs with stores of their own (their own connections) wait on each other here. */
    private final boolean shared;

    private final AcrossProcesses across;
    /** The hashes whose lock across processes this process holds now. */
    private final java.util.Set<String> heldAcross = ConcurrentHashMap.newKeySet();

    /**
     * A lock per content shared by the processes of every machine (a team server's advisory locks): taken at once or
     * refused at once, never waiting, so that one connection can serve every thread.
     */
    public interface AcrossProcesses {
        AcrossProcesses NONE = new AcrossProcesses() {
            @Override
            public boolean tryLock(String sha256) {
                return true;
            }

            @Override
            public void unlock(String sha256) {}
        };

        boolean tryLock(String sha256);

        void unlock(String sha256);
    }

    InFlight(boolean shared) {
        this(shared, AcrossProcesses.NONE);
    }

    private InFlight(boolean shared, AcrossProcesses across) {
        this.shared = shared;
        this.across = across;
    }

    /** One for the runs of one case in this process, each with its own store (a worker's threads). */
    public static InFlight sharedByRuns() {
        return new InFlight(true);
    }

    /** The same, waiting also for the processes of other machines that read the same content ({@code across}). */
    public static InFlight sharedByRuns(AcrossProcesses across) {
        return new InFlight(true, across);
    }

    /** True if this caller now owns the hash; false after waiting for its owner to finish. */
    boolean claim(String sha256) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> theirs = running.putIfAbsent(sha256, mine);
        if (theirs == null) {
            try {
                holdAcross(sha256);
            } catch (Throwable e) {
                release(sha256); // never a content claimed for good by a thread that is gone
                throw e;
            }
            return true;
        }
        theirs.join();
        return false;
    }

    /**
     * Waits while another process reads the content, then holds it. The caller looks in its store next and finds
     * there what the other stored (it committed before letting go). A content held past {@link #MOST_WAIT_NANOS}
     * (a process stuck, or two containers each inside the other) is read anyway rather than waited for forever.
     */
    private void holdAcross(String sha256) {
        long until = System.nanoTime() + MOST_WAIT_NANOS;
        while (true) {
            boolean taken;
            try {
                taken = across.tryLock(sha256);
            } catch (RuntimeException e) {
                return; // the lock's connection lost: the content is read without it, as a process of its own would
            }
            if (taken) {
                heldAcross.add(sha256);
                return;
            }
            if (System.nanoTime() - until > 0) return;
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
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
        try {
            if (heldAcross.remove(sha256)) across.unlock(sha256);
        } catch (RuntimeException e) {
            // the lock's connection lost: its locks went with it
        } finally {
            CompletableFuture<Void> f = running.remove(sha256);
            if (f != null) f.complete(null);
        }
    }
}
