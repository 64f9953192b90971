package org.redress.store.postgres;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.redress.store.crypto.ColumnCipher;
import org.redress.store.sqlite.CaseDatabase;
import org.redress.store.sqlite.EncryptionMark;

/**
 * One case's schema on a {@link PostgresServer}, over one connection whose search path is that schema: the stores of
 * {@code org.redress.store.sqlite} take it as they take an embedded database, and their SQL reaches this case's
 * tables only. An encrypted case carries the same {@code column_encryption} mark, checked on opening.
 */
public final class PostgresDatabase implements CaseDatabase {
    private final Handle handle;
    private final ColumnCipher cipher;
    private final CaseName name;

    private PostgresDatabase(Handle handle, ColumnCipher cipher, CaseName name) {
        this.handle = handle;
        this.cipher = cipher;
        this.name = name;
    }

    static PostgresDatabase open(Jdbi jdbi, CaseName name, ColumnCipher cipher) {
        Handle handle = jdbi.open();
        try {
            // The schema name is lower-case letters, digits and underscores (CaseName): safe to write into the SQL.
            handle.execute("SET search_path TO " + name.schema());
            EncryptionMark.check(handle, cipher);
            return new PostgresDatabase(handle, cipher, name);
        } catch (RuntimeException e) {
            handle.close();
            throw e;
        }
    }

    public CaseName name() {
        return name;
    }

    @Override
    public ColumnCipher cipher() {
        return cipher;
    }

    @Override
    public Handle handle() {
        return handle;
    }

    /** Other writers of the table wait until the transaction ends; readers do not (SHARE ROW EXCLUSIVE). */
    @Override
    public void holdWriters(Handle transaction, String table) {
        if (!table.matches("[a-z_]+")) throw new IllegalArgumentException("not a table name");
        transaction.execute("LOCK TABLE " + table + " IN SHARE ROW EXCLUSIVE MODE");
    }

    @Override
    public void close() {
        handle.close();
    }
}
