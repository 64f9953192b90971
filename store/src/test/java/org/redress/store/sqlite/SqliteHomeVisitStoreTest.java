package org.redress.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.home.HomeVisit;

/** The home page's visits survive the case being closed and opened again, in a plain and an encrypted case. */
public class SqliteHomeVisitStoreTest {
    @TempDir
    Path dir;

    protected CaseDatabase database(Path file) {
        return SqliteDatabase.open(file);
    }

    @Test
    void nothingBeforeTheFirstVisitThenTheVisitsAsSaved() {
        Instant first = Instant.parse("2026-12-01T09:00:00Z");
        try (SqliteHomeVisitStore store = new SqliteHomeVisitStore(database(dir.resolve("case.db")))) {
            assertThat(store.visit()).isEmpty();
            store.save(HomeVisit.first(first));
            store.save(store.visit().orElseThrow().viewedAt(first.plus(Duration.ofMinutes(5))));
        }
        Instant nextDay = first.plus(Duration.ofDays(1));
        try (SqliteHomeVisitStore store = new SqliteHomeVisitStore(database(dir.resolve("case.db")))) {
            HomeVisit again = store.visit().orElseThrow();
            assertThat(again.since()).isEqualTo(first);
            assertThat(again.firstVisit())
                    .as("five minutes later: the same, first, visit")
                    .isTrue();
            assertThat(again.latest()).isEqualTo(first.plus(Duration.ofMinutes(5)));
            store.save(again.viewedAt(nextDay).withGuideDismissed());
            HomeVisit later = store.visit().orElseThrow();
            assertThat(later.since())
                    .as("the new visit starts where the last one ended")
                    .isEqualTo(first.plus(Duration.ofMinutes(5)));
            assertThat(later.latest()).isEqualTo(nextDay);
            assertThat(later.guideDismissed()).isTrue();
            assertThat(later.firstVisit()).isFalse();
        }
    }
}
