package org.redress.store.postgres;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.redress.core.port.CaseModelStore;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.RequestStore;
import org.redress.core.port.WitnessReportStore;
import org.redress.store.CaseModelStoreContract;
import org.redress.store.DocumentStoreContract;
import org.redress.store.EntityStoreContract;
import org.redress.store.MarkStoreContract;
import org.redress.store.MentionStoreContract;
import org.redress.store.RequestStoreContract;
import org.redress.store.WitnessReportStoreContract;
import org.redress.store.crypto.ColumnCipher;
import org.redress.store.sqlite.CaseDatabase;
import org.redress.store.sqlite.SqliteCaseModelStore;
import org.redress.store.sqlite.SqliteDocumentStore;
import org.redress.store.sqlite.SqliteEntityStore;
import org.redress.store.sqlite.SqliteMarkStore;
import org.redress.store.sqlite.SqliteMentionStore;
import org.redress.store.sqlite.SqliteRequestStore;
import org.redress.store.sqlite.SqliteReuseStoreTest;
import org.redress.store.sqlite.SqliteSavedSearchStoreTest;
import org.redress.store.sqlite.SqliteWitnessReportStore;

/**
 * The store contracts the embedded case passes, run on a case schema of a real PostgreSQL. {@link
 * EncryptedPostgresContractsTest} runs them again under a case key.
 */
class PostgresContractsTest {
    /** The cipher of the case: plain here. */
    ColumnCipher cipher() {
        return ColumnCipher.PLAIN;
    }

    CaseDatabase database(Path dir) {
        return TestServer.database(dir, cipher());
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
    class Witness extends WitnessReportStoreContract {
        @Override
        protected WitnessReportStore open(Path dir) {
            return new SqliteWitnessReportStore(database(dir));
        }
    }

    @Nested
    class Reuse extends SqliteReuseStoreTest {
        @Override
        protected CaseDatabase database(Path file) {
            return PostgresContractsTest.this.database(file.getParent());
        }
    }

    @Nested
    class SavedSearches extends SqliteSavedSearchStoreTest {
        @Override
        protected CaseDatabase database(Path file) {
            return PostgresContractsTest.this.database(file.getParent());
        }
    }
}
