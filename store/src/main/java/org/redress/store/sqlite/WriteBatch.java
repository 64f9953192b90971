package org.redress.store.sqlite;

import org.jdbi.v3.core.Handle;

/**
 * One open transaction for the writes of several files. SQLite pays a commit per transaction; a production of
 * thousands of small files made seven of them per file. The group is committed after {@link #MAX_WRITES} writes or
 * {@link #MAX_NANOS} of age, whichever comes first, so a crash loses at most that much, which the next run redoes.
 * The store's lock serialises every call.
 */
final class WriteBatch {
    static final int MAX_WRITES = 400;
    static final long MAX_NANOS = 1_000_000_000L;
    private final Handle h;
    private int writes;
    private long openedAt;

    WriteBatch(Handle h) {
        this.h = h;
    }

    /** Before a write: commits a full or old group, then makes sure a transaction is open for this write. */
    void write() {
        if (h.isInTransaction() && writes > 0 && (writes >= MAX_WRITES || System.nanoTime() - openedAt > MAX_NANOS))
            commit();
        if (!h.isInTransaction()) {
            h.begin();
            openedAt = System.nanoTime();
            writes = 0;
        }
        writes++;
    }

    void commit() {
        if (h.isInTransaction() && writes > 0) h.commit();
        writes = 0;
    }
}
