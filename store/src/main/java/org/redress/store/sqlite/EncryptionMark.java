package org.redress.store.sqlite;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.redress.store.crypto.ColumnCipher;
import org.redress.store.crypto.DamagedValueException;

/**
 * The row of {@code column_encryption} (migration V9) that says a database is encrypted and under which key. Checked
 * each time the database opens, so that an encrypted database is never read as plain, nor written under a second
 * key, and a plain one with content is never taken for encrypted (it must be converted first). Public for the
 * PostgreSQL case schemas, which carry the same table.
 */
public final class EncryptionMark {
    /** v2: the ids a user types are tokens too ({@link ContentColumns#USER_ID_LABELS}). */
    static final String SCHEME = "redress-columns-v2 aes-256-gcm aes-siv";

    /** Before v2 those ids were plain: {@link UserIdSealing} converts such a database the first time it opens. */
    static final String SCHEME_V1 = "redress-columns-v1 aes-256-gcm aes-siv";

    private static final String CHECK_LABEL = "column_encryption.key_check";
    private static final String CHECK_TEXT = "redress case database";

    private EncryptionMark() {}

    static boolean isEncrypted(Handle h) {
        return mark(h).isPresent();
    }

    /**
     * Refuses a database opened with the wrong key or none; marks a new one opened with a key. A case schema on a
     * server encrypted before its ids were sealed is refused: none was made outside tests (server cases are plain),
     * and its foreign keys, which PostgreSQL checks at once, would refuse the conversion.
     */
    public static void check(Handle h, ColumnCipher cipher) {
        check(h, cipher, false);
    }

    /** As {@link #check(Handle, ColumnCipher)}; with {@code convertOlder}, seals the user ids of an older database. */
    static void check(Handle h, ColumnCipher cipher, boolean convertOlder) {
        checkKey(h, cipher);
        if (cipher.encrypts() && UserIdSealing.needed(scheme(h))) {
            if (!convertOlder)
                throw new IllegalStateException(
                        "this case database was encrypted before its ids were sealed and cannot be converted here");
            UserIdSealing.convert(h, cipher);
        }
    }

    private static void checkKey(Handle h, ColumnCipher cipher) {
        Optional<String> keyCheck = mark(h);
        if (keyCheck.isPresent()) {
            if (!cipher.encrypts())
                throw new IllegalStateException("this case database is encrypted and was opened without its key");
            try {
                if (!CHECK_TEXT.equals(cipher.untoken(CHECK_LABEL, keyCheck.get())))
                    throw new IllegalStateException("this case database belongs to another case key");
            } catch (DamagedValueException e) {
                throw new IllegalStateException("this case database belongs to another case key", e);
            }
        } else if (cipher.encrypts()) {
            if (hasContent(h))
                throw new IllegalStateException(
                        "this case database is plain and holds content: convert it with redress encrypt");
            mark(h, cipher);
        }
    }

    /** Marks the database as encrypted under the cipher's key (a new case, or the last step of a conversion). */
    static void mark(Handle h, ColumnCipher cipher) {
        h.createUpdate("INSERT INTO column_encryption(id, scheme, key_check, since) VALUES (1, :s, :k, :t)")
                .bind("s", SCHEME)
                .bind("k", cipher.token(CHECK_LABEL, CHECK_TEXT))
                .bind("t", Instant.now().toString())
                .execute();
    }

    static String scheme(Handle h) {
        return h.createQuery("SELECT scheme FROM column_encryption WHERE id = 1")
                .mapTo(String.class)
                .findOne()
                .orElse(null);
    }

    private static Optional<String> mark(Handle h) {
        return h.createQuery("SELECT key_check FROM column_encryption WHERE id = 1")
                .mapTo(String.class)
                .findOne();
    }

    private static boolean hasContent(Handle h) {
        for (String table : new String[] {"sources", "documents", "cm_people", "cm_events", "requests"}) {
            if (h.createQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")
                    .mapTo(Boolean.class)
                    .one()) return true;
        }
        return false;
    }
}
