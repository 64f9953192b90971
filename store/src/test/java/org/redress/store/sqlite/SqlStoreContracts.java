package org.redress.store.sqlite;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.redress.core.port.CaseModelStore;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.PrivilegeStore;
import org.redress.core.port.RequestStore;
import org.redress.core.port.WitnessReportStore;
import org.redress.store.CaseModelStoreContract;
import org.redress.store.DocumentStoreContract;
import org.redress.store.EntityStoreContract;
import org.redress.store.MarkStoreContract;
import org.redress.store.MentionStoreContract;
import org.redress.store.PrivilegeStoreContract;
import org.redress.store.RequestStoreContract;
import org.redress.store.WitnessReportStoreContract;

/**
 * Every SQL store of this package held to its contract over one kind of {@link CaseDatabase}: the subclass says which
 * (an encrypted SQLite case in {@link EncryptedStoresTest}; a PostgreSQL case schema, plain and encrypted, in
 * store-postgres). The same test folder gives the same database, so a test that reopens its stores finds its data.
 */
public abstract class SqlStoreContracts {
    /** The database of the case kept in {@code dir}, opened once more for each store. */
    protected abstract CaseDatabase database(Path dir);

    @Nested
    public class Documents extends DocumentStoreContract {
        @Override
        protected DocumentStore open(Path dir) {
            return new SqliteDocumentStore(database(dir));
        }
    }

    @Nested
    public class CaseModel extends CaseModelStoreContract {
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
    public class Requests extends RequestStoreContract {
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
    public class Mentions extends MentionStoreContract {
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
    public class Marks extends MarkStoreContract {
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
    public class Entities extends EntityStoreContract {
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
    public class Witness extends WitnessReportStoreContract {
        @Override
        protected WitnessReportStore open(Path dir) {
            return new SqliteWitnessReportStore(database(dir));
        }
    }

    @Nested
    public class Reuse extends SqliteReuseStoreTest {
        @Override
        protected CaseDatabase database(Path file) {
            return SqlStoreContracts.this.database(file.getParent());
        }
    }

    @Nested
    public class SavedSearches extends SqliteSavedSearchStoreTest {
        @Override
        protected CaseDatabase database(Path file) {
            return SqlStoreContracts.this.database(file.getParent());
        }
    }

    @Nested
    public class HomeVisits extends SqliteHomeVisitStoreTest {
        @Override
        protected CaseDatabase database(Path file) {
            return SqlStoreContracts.this.database(file.getParent());
        }
    }

    @Nested
    public class Privileges extends PrivilegeStoreContract {
        @Override
        protected PrivilegeStore open(Path dir) {
            return new SqlitePrivilegeStore(database(dir));
        }
    }
}
