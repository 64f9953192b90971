package org.redress.store.postgres;

import java.security.SecureRandom;
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.ColumnCipher;

/** The same contracts on PostgreSQL, in an encrypted case: the stores seal, token and hash the same columns there. */
class EncryptedPostgresContractsTest extends PostgresContractsTest {
    /** One key per test class instance, so a test that reopens its store reopens it with the same key. */
    private final ColumnCipher cipher = ColumnCipher.of(CaseKey.generate(new SecureRandom()));

    @Override
    ColumnCipher cipher() {
        return cipher;
    }
}
