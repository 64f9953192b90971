package org.redress.store.sqlite;

import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Nested;
import org.redress.core.port.CaseModelStore;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.RequestStore;
import org.redress.store.CaseModelStoreContract;
import org.redress.store.DocumentStoreContract;
import org.redress.store.EntityStoreContract;
import org.redress.store.MarkStoreContract;
import org.redress.store.MentionStoreContract;
import org.redress.store.RequestStoreContract;
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.ColumnCipher;

/** The SQLite stores of an encrypted case are held to the same contracts as a plain case's. */
class EncryptedStoresTest {
    /** One key per test class instance, so a test that reopens its store reopens it with the same key. */
    private final ColumnCipher cipher = ColumnCipher.of(CaseKey.generate(new SecureRandom()));

    private SqliteDatabase database(Path dir) {
        return SqliteDatabase.open(dir.resolve("case.db"), cipher);
    }

    @Nested
    class Documents extends DocumentStoreContract {
        @Override
        protected DocumentStore open(Path dir) {
            return new SqliteDocumentStore(database(dir));
        }
    }

    @Nested
    class CaseModel extends CaseModelStoreContract {
        @Override
        protected CaseModelStore open(Path dir) {
            return new SqliteCaseModelStore(database(dir));
        }

        @Override
        protected void close(CaseModelStore store) {
            ((SqliteCaseModelStore) store).close();
        }
    }

    @Nested
    class Requests extends RequestStoreContract {
        @Override
        protected RequestStore openRequests(Path dir) {
            return new SqliteRequestStore(database(dir));
        }

        @Override
        protected DocumentStore openDocuments(Path dir) {
            return new SqliteDocumentStore(database(dir));
        }
    }

    @Nested
    class Mentions extends MentionStoreContract {
        @Override
        protected void open(Path dir) {
            documents = new SqliteDocumentStore(database(dir));
            mentions = new SqliteMentionStore(database(dir));
        }

        @Override
        protected void close() {
            mentions.close();
            documents.close();
        }
    }

    @Nested
    class Marks extends MarkStoreContract {
        @Override
        protected void open(Path dir) {
            documents = new SqliteDocumentStore(database(dir));
            marks = new SqliteMarkStore(database(dir));
        }

        @Override
        protected void close() {
            marks.close();
            documents.close();
        }
    }

    @Nested
    class Entities extends EntityStoreContract {
        @Override
        protected void open(Path dir) {
            documents = new SqliteDocumentStore(database(dir));
            entities = new SqliteEntityStore(database(dir));
        }

        @Override
        protected void close() {
            entities.close();
            documents.close();
        }
    }

    @Nested
    class Reuse extends SqliteReuseStoreTest {
        @Override
        protected SqliteDatabase database(Path file) {
            return SqliteDatabase.open(file, cipher);
        }
    }

    @Nested
    class SavedSearches extends SqliteSavedSearchStoreTest {
        @Override
        protected SqliteDatabase database(Path file) {
            return SqliteDatabase.open(file, cipher);
        }
    }

    @Nested
    class HomeVisits extends SqliteHomeVisitStoreTest {
        @Override
        protected SqliteDatabase database(Path file) {
            return SqliteDatabase.open(file, cipher);
        }
    }

    @Nested
    class Witness extends org.redress.store.WitnessReportStoreContract {
        @Override
        protected org.redress.core.port.WitnessReportStore open(Path dir) {
            return new SqliteWitnessReportStore(database(dir));
        }

        @org.junit.jupiter.api.Test
        void noWordOfAStatementIsReadableInTheDatabaseFiles() throws java.io.IOException {
            store.add(draft("Ana Ruiz", java.time.Instant.parse("2026-12-01T10:00:00Z")));
            StringBuilder raw = new StringBuilder();
            try (var files = java.nio.file.Files.list(dir)) {
                for (Path f : files.toList())
                    raw.append(
                            new String(java.nio.file.Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8));
            }
            org.assertj.core.api.Assertions.assertThat(raw.toString())
                    .contains("witness_reports") // the schema is plain: the test reads the right files
                    .doesNotContain("Ana Ruiz")
                    .doesNotContain("Sabemos")
                    .doesNotContain("ABC-123")
                    .doesNotContain(PHOTO);
        }
    }
}
