package org.redress.store.postgres;

import java.nio.file.Path;
import org.redress.store.crypto.ColumnCipher;
import org.redress.store.sqlite.CaseDatabase;
import org.redress.store.sqlite.SqlStoreContracts;

/**
 * The store contracts the embedded case passes, run on a case schema of a real PostgreSQL. {@link
 * EncryptedPostgresContractsTest} runs them again under a case key.
 */
class PostgresContractsTest extends SqlStoreContracts {
    /** The cipher of the case: plain here. */
    ColumnCipher cipher() {
        return ColumnCipher.PLAIN;
    }

    @Override
    protected CaseDatabase database(Path dir) {
        return TestServer.database(dir, cipher());
    }
}
