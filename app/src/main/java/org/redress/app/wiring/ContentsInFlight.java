package org.redress.app.wiring;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.redress.ingest.pipeline.InFlight;
import org.redress.store.postgres.FileQueue;
import org.redress.store.postgres.HeldLocks;

/**
 * The contents each case's worker threads are reading right now in this process, one {@link InFlight} per case: each
 * thread reads its batch in an ingest run of its own, and without this two runs could read the same nested item (a
 * Word file inside an Access database and beside it) at once, and list its failure under both paths. On a team server
 * the same holds across machines: each content read, nested ones included, is locked in PostgreSQL ({@link
 * HeldLocks}, one connection per case for the life of the process), so a worker elsewhere reading the same content
 * waits and then finds it read.
 */
final class ContentsInFlight {
    private static final Map<Path, InFlight> CASES = new ConcurrentHashMap<>();

    private ContentsInFlight() {}

    static InFlight of(Path caseRoot) {
        return CASES.computeIfAbsent(caseRoot.toAbsolutePath().normalize(), r -> InFlight.sharedByRuns());
    }

    /** The same for a case on a team server, whose workers on other machines wait on these contents too. */
    static InFlight of(Path caseRoot, FileQueue queue) {
        return CASES.computeIfAbsent(
                caseRoot.toAbsolutePath().normalize(), r -> InFlight.sharedByRuns(new Locked(queue.heldLocks())));
    }

    /** A content's lock across processes, named apart from the queue's lock on a job's own file. */
    private record Locked(HeldLocks locks, AtomicBoolean warned) implements InFlight.AcrossProcesses {
        Locked(HeldLocks locks) {
            this(locks, new AtomicBoolean());
        }

        @Override
        public boolean tryLock(String sha256) {
            try {
                return locks.tryLock("content/" + sha256);
            } catch (RuntimeException e) {
                // said once, without the content's name: the reading goes on, each content asked for again
                if (!warned.getAndSet(true))
                    System.err.println("warning: the database lock on the contents being read could not be asked ("
                            + e.getClass().getSimpleName() + "); contents are read without it until it answers again,"
                            + " and another worker may read one at the same time");
                throw e;
            }
        }

        @Override
        public void unlock(String sha256) {
            locks.unlock("content/" + sha256);
        }
    }
}
