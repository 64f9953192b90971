package org.redress.store.postgres;

import org.jdbi.v3.core.Handle;

/**
 * A case's advisory locks taken one key at a time, without waiting, on one connection kept for as long as a process
 * needs them: a worker locks each content it reads, nested ones included, so that a worker on another machine reading
 * the same content at that moment waits for it instead of reading it too. The keys share the queue's naming (and, in
 * an encrypted case, its tokens), so no key is held in the clear. One connection serves every thread of the process:
 * each call is one short statement, made one at a time.
 */
public final class HeldLocks implements AutoCloseable {
    private final Handle handle;
    private final FileQueue queue;

    HeldLocks(Handle handle, FileQueue queue) {
        this.handle = handle;
        this.queue = queue;
    }

    /** Takes {@code key} if no other connection holds it; false at once if one does. */
    public synchronized boolean tryLock(String key) {
        return handle.createQuery("SELECT pg_try_advisory_lock(hashtext(:k))")
                .bind("k", queue.lockName(key))
                .mapTo(Boolean.class)
                .one();
    }

    /** Gives back {@code key}, taken before by {@link #tryLock}. */
    public synchronized void unlock(String key) {
        handle.createQuery("SELECT pg_advisory_unlock(hashtext(:k))")
                .bind("k", queue.lockName(key))
                .mapTo(Boolean.class)
                .one();
    }

    /** Closes the connection, which gives back every lock still held on it. */
    @Override
    public synchronized void close() {
        handle.close();
    }
}
