package org.redress.store.sqlite;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.redress.store.crypto.ColumnCipher;

/**
 * Converts an encrypted case database made before the ids a user types were sealed (scheme v1): every column of
 * {@link ContentColumns#userIds()} is turned from plain ids into their tokens, and the mark moves to the current
 * scheme, in one transaction, so that a crash at any point leaves either the old database or the converted one and
 * the next open simply does it again. The sealed values bound to those ids need nothing: their row keys were and stay
 * the plain ids. Then, as {@link ColumnEncryption} does, VACUUM rewrites the file without the plain ids that free pages
 * and the write-ahead log still held; until it has, the mark says so ({@link #VACUUM_PENDING}), so that a crash
 * between the two makes the next open vacuum again.
 */
final class UserIdSealing {
    /** The ids are tokens, but their plain values may still lie in free pages. */
    static final String VACUUM_PENDING = EncryptionMark.SCHEME + " vacuum-pending";

    private UserIdSealing() {}

    /** True when the database needs {@link #convert} (or the end of it). */
    static boolean needed(String scheme) {
        return EncryptionMark.SCHEME_V1.equals(scheme) || VACUUM_PENDING.equals(scheme);
    }

    static void convert(Handle h, ColumnCipher cipher) {
        if (EncryptionMark.SCHEME_V1.equals(EncryptionMark.scheme(h))) seal(h, cipher);
        if (!VACUUM_PENDING.equals(EncryptionMark.scheme(h))) return;
        h.execute("VACUUM");
        mark(h, EncryptionMark.SCHEME);
        h.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    private static void seal(Handle h, ColumnCipher cipher) {
        h.useTransaction(tx -> {
            if (!EncryptionMark.SCHEME_V1.equals(EncryptionMark.scheme(tx))) return; // another process did it
            // The parents' ids change before their references do: checked when the transaction commits.
            tx.execute("PRAGMA defer_foreign_keys = ON");
            for (ContentColumns.Column c : ContentColumns.userIds()) {
                List<String> plain = tx.createQuery("SELECT DISTINCT " + c.name() + " FROM " + c.table() + " WHERE "
                                + c.name() + " IS NOT NULL")
                        .mapTo(String.class)
                        .list();
                for (String id : plain)
                    tx.createUpdate("UPDATE " + c.table() + " SET " + c.name() + " = :token WHERE " + c.name()
                                    + " = :plain")
                            .bind("token", cipher.token(c.label(), id))
                            .bind("plain", id)
                            .execute();
            }
            mark(tx, VACUUM_PENDING);
        });
    }

    private static void mark(Handle h, String scheme) {
        h.createUpdate("UPDATE column_encryption SET scheme = :s WHERE id = 1")
                .bind("s", scheme)
                .execute();
    }
}
