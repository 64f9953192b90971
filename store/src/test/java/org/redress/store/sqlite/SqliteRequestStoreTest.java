package org.redress.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.RequestStore;
import org.redress.core.requests.Request;
import org.redress.store.RequestStoreContract;

class SqliteRequestStoreTest extends RequestStoreContract {
    @Override
    protected RequestStore openRequests(Path dir) {
        return SqliteRequestStore.open(dir.resolve("case.db"));
    }

    @Override
    protected DocumentStore openDocuments(Path dir) {
        return SqliteDocumentStore.open(dir.resolve("case.db"));
    }

    @Test
    void whatWasCommittedSurvivesReopening() {
        Request a = requests.add(foia());
        requests.close();
        requests = openRequests(dir);
        assertThat(requests.request(a.id()))
                .get()
                .extracting(Request::trackingNumber)
                .isEqualTo("2017-ICFO-12345");
    }
}
