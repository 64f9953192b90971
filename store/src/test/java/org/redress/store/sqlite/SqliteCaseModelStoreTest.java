package org.redress.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Role;
import org.redress.core.port.CaseModelStore;
import org.redress.store.CaseModelStoreContract;

class SqliteCaseModelStoreTest extends CaseModelStoreContract {
    private SqliteDatabase db;

    @Override
    protected CaseModelStore open(Path dir) {
        db = SqliteDatabase.open(dir.resolve("case.db"));
        return new SqliteCaseModelStore(db);
    }

    @Override
    protected void close(CaseModelStore store) {
        ((SqliteCaseModelStore) store).close();
    }

    @Test
    void aWriteThatFailsHalfWayStoresNothing() {
        store.saveEvent(event("E1", "2017", "protected.protest", "Ana"));
        // a real SQLite failure on the third row of the write
        db.handle()
                .execute(
                        "CREATE TRIGGER boom BEFORE INSERT ON cm_events WHEN NEW.id = 'E3' BEGIN SELECT RAISE(ABORT, 'boom'); END");
        CaseEvent changedE1 = event("E1", "2018", "protected.march", "Ana");
        assertThatThrownBy(() -> store.saveAll(
                        List.of(new CasePerson("Bo", List.of("B"), Role.SUBJECT, null, false, "")),
                        List.of(),
                        List.of(
                                changedE1,
                                event("E2", "2017", "adverse.arrest", "Bo"),
                                event("E3", "2017", "adverse.arrest", "Bo"))))
                .hasMessageContaining("boom")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Bo").doesNotContain("what happened"));
        assertThat(store.people()).isEmpty();
        assertThat(store.events()).extracting(CaseEvent::id).containsExactly("E1");
        assertThat(store.event("E1").orElseThrow().kind().code()).isEqualTo("protected.protest");
    }

    @Test
    void theCaseModelSharesTheCaseDatabaseAndSurvivesReopening() {
        store.saveEvent(event("E1", "2017-03-17", "adverse.arrest", "Ana"));
        close(store);
        store = open(dir);
        assertThat(store.events()).hasSize(1);
        try (SqliteDocumentStore docs = SqliteDocumentStore.open(dir.resolve("case.db"))) {
            assertThat(docs.status().documents()).isZero();
        }
    }
}
