package org.redress.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.core.entities.EntityType;
import org.redress.core.entities.FoundEntity;
import org.redress.core.entities.PageRef;
import org.redress.store.EntityStoreContract;

class SqliteEntityStoreTest extends EntityStoreContract {
    private SqliteDatabase db;

    @Override
    protected void open(Path dir) {
        documents = SqliteDocumentStore.open(dir.resolve("case.db"));
        db = SqliteDatabase.open(dir.resolve("case.db"));
        entities = new SqliteEntityStore(db);
    }

    @Override
    protected void close() {
        entities.close();
        documents.close();
    }

    @Test
    void aFailedPageWritesNothingAndNamesNoName() {
        String doc = document("memo", ONE);
        db.handle().execute("CREATE TRIGGER boom BEFORE INSERT ON entity_pages BEGIN SELECT RAISE(ABORT, 'boom'); END");
        List<FoundEntity> found = List.of(new FoundEntity(23, 36, EntityType.PERSON, "José Balcázar"));
        assertThatThrownBy(() -> entities.savePage(new PageRef(doc, 1), "v1", found))
                .satisfies(e -> {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain("Balc");
                    }
                });
        assertThat(entities.entities(null, true)).isEmpty();
        assertThat(entities.countPagesToRecognise("v1")).isEqualTo(1);
    }
}
