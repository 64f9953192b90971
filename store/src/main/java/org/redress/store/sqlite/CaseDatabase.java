package org.redress.store.sqlite;

import org.jdbi.v3.core.Handle;
import org.redress.store.crypto.ColumnCipher;

/**
 * The SQL database a case's stores read and write: the embedded {@link SqliteDatabase}, or a case's schema on a
 * PostgreSQL server (module store-postgres). The stores of this package are written in the SQL both understand, so
 * one implementation of each port is held to its contract on both backends.
 */
public interface CaseDatabase extends AutoCloseable {
    /** How this database's content columns are stored: every store writes and reads them through it. */
    ColumnCipher cipher();

    /** The store's one connection; callers serialise access to it. */
    Handle handle();

    /**
     * Holds the other writers of a part of the case off until {@code transaction} ends, where a store reads before it
     * writes (the next event id, a person matched by name in Java because the names may be sealed). SQLite has one
     * writer at a time already; a server, where several processes write, locks.
     */
    default void holdWriters(Handle transaction, String table) {}

    @Override
    void close();
}
