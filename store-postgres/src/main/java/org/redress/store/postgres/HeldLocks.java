package org.redress.store.postgres;

import java.sql.SQLException;
import java.util.concurrent.Executor;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A case's advisory locks taken one key at a time, without waiting, on one connection kept for as long as a process
 * needs them: a worker locks each content it reads, nested ones included, so that a worker on another machine reading
 * the same content at that moment waits for it instead of reading it too. The keys share the queue's naming (and, in
 * an encrypted case, its tokens), so no key is held in the clear; they are 64-bit hashes of it ({@code
 * hashtextextended}), apart from the queue's 32-bit ones. One connection serves every thread of the process: each
 * call is one short statement, made one at a time, and one that takes longer than {@link #NETWORK_TIMEOUT_MILLIS}
 * (a dead network) fails rather than holding the others. A failed call closes the connection, which gives back every
 * lock held on it, and the next call opens a new one.
 */
public final class HeldLocks implements AutoCloseable {
    static final int NETWORK_TIMEOUT_MILLIS = 10_000;

    /** pgjdbc sets its socket's timeout and needs no executor; the interface asks for one. */
    private static final Executor SAME_THREAD = Runnable::run;

    private final Jdbi connections;
    private final FileQueue queue;
    private Handle handle;

    HeldLocks(Jdbi connections, FileQueue queue) {
        this.connections = connections;
        this.queue = queue;
    }

    /** Takes {@code key} if no other connection holds it; false at once if one does. */
    public synchronized boolean tryLock(String key) {
        return ask("SELECT pg_try_advisory_lock(hashtextextended(:k, 0))", key);
    }

    /** Gives back {@code key}, taken before by {@link #tryLock} (false if it was not held: its connection was lost). */
    public synchronized boolean unlock(String key) {
        return ask("SELECT pg_advisory_unlock(hashtextextended(:k, 0))", key);
    }

    private boolean ask(String sql, String key) {
        try {
            return open().createQuery(sql)
                    .bind("k", queue.lockName(key))
                    .mapTo(Boolean.class)
                    .one();
        } catch (RuntimeException e) {
            close(); // whatever it held is given back with it, and no lock is left on a broken session
            throw e;
        }
    }

    private Handle open() {
        if (handle == null) {
            Handle opened = connections.open();
            try {
                opened.getConnection().setNetworkTimeout(SAME_THREAD, NETWORK_TIMEOUT_MILLIS);
            } catch (SQLException e) {
                opened.close();
                throw new IllegalStateException("the lock connection's timeout could not be set", e);
            }
            handle = opened;
        }
        return handle;
    }

    /** Closes the connection, which gives back every lock still held on it. */
    @Override
    public synchronized void close() {
        if (handle == null) return;
        try {
            handle.close();
        } catch (RuntimeException e) {
            // already broken: its locks are gone with it
        } finally {
            handle = null;
        }
    }
}
