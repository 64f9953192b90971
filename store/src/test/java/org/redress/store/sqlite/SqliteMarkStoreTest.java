package org.redress.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.core.marks.MarkStage;
import org.redress.store.MarkStoreContract;

class SqliteMarkStoreTest extends MarkStoreContract {
    private SqliteDatabase db;

    @Override
    protected void open(Path dir) {
        documents = SqliteDocumentStore.open(dir.resolve("case.db"));
        db = SqliteDatabase.open(dir.resolve("case.db"));
        marks = new SqliteMarkStore(db);
    }

    @Override
    protected void close() {
        marks.close();
        documents.close();
    }

    @Test
    void aFailedWriteQuotesNeitherTheValueNorTheSentence() {
        String a = document("a");
        db.handle().execute("CREATE TRIGGER boom BEFORE INSERT ON marks BEGIN SELECT RAISE(ABORT, 'boom'); END");
        assertThatThrownBy(() -> marks.replaceMarks(a, MarkStage.FLAGS, "f1", List.of(flag(a))))
                .satisfies(e -> {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage()))
                                .doesNotContain("illegals")
                                .doesNotContain("Agent");
                    }
                });
        assertThat(marks.marks(null, null)).isEmpty();
        assertThat(marks.markedWith(a)).isEmpty();
    }
}
