package org.redress.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Page;
import org.redress.core.port.DocumentStore;
import org.redress.store.DocumentStoreContract;

class SqliteDocumentStoreTest extends DocumentStoreContract {
    @Override
    protected DocumentStore open(Path dir) {
        return SqliteDocumentStore.open(dir.resolve("case.db"));
    }

    @Test
    void whatWasCommittedSurvivesReopening() {
        Document d = doc("durable", ExtractionStatus.DONE);
        store.saveExtraction(d, List.of(new Page(d.id(), 1, "kept", false)));
        store.close();
        store = open(dir);
        assertThat(store.pages(d.id())).extracting(Page::text).containsExactly("kept");
    }

    @Test
    void batchedWritesAreSeenHereAtOnceAndElsewhereOnlyOnceCommitted() throws Exception {
        Path file = dir.resolve("case.db");
        store.startBatch();
        Document d = doc("batched", ExtractionStatus.DONE);
        store.saveExtraction(d, List.of(new Page(d.id(), 1, "in the batch", false)));
        store.setStatus(d.id(), ExtractionStatus.DONE, null);
        assertThat(store.document(d.id())).isPresent();
        assertThat(documentsSeenByAnotherConnection(file)).isZero();
        store.commitBatch();
        assertThat(documentsSeenByAnotherConnection(file)).isEqualTo(1);
        Document e = doc("after", ExtractionStatus.DONE);
        store.saveExtraction(e, List.of());
        store.endBatch();
        assertThat(documentsSeenByAnotherConnection(file)).isEqualTo(2);
    }

    @Test
    void aBatchOpenAtCloseIsCommitted() {
        store.startBatch();
        Document d = doc("open at close", ExtractionStatus.DONE);
        store.saveExtraction(d, List.of(new Page(d.id(), 1, "kept", false)));
        store.close();
        store = open(dir);
        assertThat(store.pages(d.id())).extracting(Page::text).containsExactly("kept");
    }

    @Test
    void aWriteThatFailsHalfWayInABatchLeavesNothingAndTheGroupGoesOn() throws Exception {
        Path file = dir.resolve("case.db");
        store.startBatch();
        Document kept = doc("kept in the group", ExtractionStatus.DONE);
        store.saveExtraction(kept, List.of(new Page(kept.id(), 1, "kept", false)));
        Document broken = doc("two first pages", ExtractionStatus.DONE);
        List<Page> twice = List.of(new Page(broken.id(), 1, "one", false), new Page(broken.id(), 1, "again", false));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.saveExtraction(broken, twice))
                .isInstanceOf(RuntimeException.class);
        store.endBatch();
        assertThat(store.document(broken.id())).isEmpty();
        assertThat(store.pages(kept.id())).extracting(Page::text).containsExactly("kept");
        assertThat(documentsSeenByAnotherConnection(file)).isEqualTo(1);
    }

    private static long documentsSeenByAnotherConnection(Path file) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                var s = c.createStatement();
                var r = s.executeQuery("SELECT count(*) FROM documents")) {
            r.next();
            return r.getLong(1);
        }
    }
}
