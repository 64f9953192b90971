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
}
