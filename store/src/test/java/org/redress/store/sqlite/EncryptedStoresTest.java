package org.redress.store.sqlite;

import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Nested;
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.ColumnCipher;

/** The SQLite stores of an encrypted case are held to the same contracts as a plain case's. */
class EncryptedStoresTest extends SqlStoreContracts {
    /** One key per test class instance, so a test that reopens its store reopens it with the same key. */
    private final ColumnCipher cipher = ColumnCipher.of(CaseKey.generate(new SecureRandom()));

    @Override
    protected SqliteDatabase database(Path dir) {
        return SqliteDatabase.open(dir.resolve("case.db"), cipher);
    }

    /** The witness contract once more, then a look at the database files themselves. */
    @Nested
    class WitnessFiles extends Witness {
        @org.junit.jupiter.api.Test
        void noWordOfAStatementIsReadableInTheDatabaseFiles() throws java.io.IOException {
            long report = store.add(draft("Ana Ruiz", java.time.Instant.parse("2026-12-01T10:00:00Z")))
                    .id();
            store.accept(report, "arrest-ana-ruiz", java.time.Instant.parse("2026-12-02T10:00:00Z"));
            org.assertj.core.api.Assertions.assertThat(
                            store.report(report).orElseThrow().eventId())
                    .isEqualTo("arrest-ana-ruiz");
            StringBuilder raw = new StringBuilder();
            try (var files = java.nio.file.Files.list(dir)) {
                for (Path f : files.toList())
                    raw.append(
                            new String(java.nio.file.Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8));
            }
            org.assertj.core.api.Assertions.assertThat(raw.toString())
                    .contains("witness_reports") // the schema is plain: the test reads the right files
                    .doesNotContain("Ana Ruiz")
                    .doesNotContain("ana-ruiz") // the event id it became
                    .doesNotContain("Sabemos")
                    .doesNotContain("ABC-123")
                    .doesNotContain(PHOTO);
        }
    }
}
