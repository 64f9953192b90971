package org.redress.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.store.postgres.FileQueue;

/** How a worker splits a claimed batch into ingest runs: one production each, no two paths in each other's way. */
class BatchReaderTest {
    private static long next;

    private static FileQueue.Job job(String path, String source, LocalDate received) {
        next++;
        return new FileQueue.Job(next, String.format("%064x", next), path, source, received, 1);
    }

    private static List<List<String>> paths(List<List<FileQueue.Job>> runs) {
        return runs.stream()
                .map(run -> run.stream().map(FileQueue.Job::displayPath).toList())
                .toList();
    }

    @Test
    void theFilesOfOneProductionAreOneRun() {
        LocalDate day = LocalDate.of(2024, 3, 1);
        List<FileQueue.Job> batch = List.of(
                job("release-1/a.txt", "ice", day),
                job("release-1/b.txt", "ice", day),
                job("release-2/c.txt", "ice", day),
                job("memo.txt", "ice", day));
        assertThat(paths(BatchReader.runs(batch)))
                .containsExactly(List.of("release-1/a.txt", "release-1/b.txt", "release-2/c.txt", "memo.txt"));
    }

    @Test
    void anotherProductionOrAnotherDayIsARunOfItsOwnInTheOrderClaimed() {
        LocalDate day = LocalDate.of(2024, 3, 1);
        List<FileQueue.Job> batch = List.of(
                job("a.txt", "ice", day),
                job("b.txt", "dmv", day),
                job("c.txt", "ice", day),
                job("d.txt", "ice", null),
                job("e.txt", "ice", null));
        assertThat(paths(BatchReader.runs(batch)))
                .containsExactly(List.of("a.txt", "c.txt"), List.of("b.txt"), List.of("d.txt", "e.txt"));
    }

    @Test
    void jobsQueuedWithOtherSettingsAreReadInRunsOfTheirOwn() {
        String entities = new QueuedSettings(true, 120, 1024, null).text();
        List<FileQueue.Job> batch = List.of(
                new FileQueue.Job(1, String.format("%064x", 1), "a.txt", "ice", null, 1, null),
                new FileQueue.Job(2, String.format("%064x", 2), "b.txt", "ice", null, 1, entities),
                new FileQueue.Job(3, String.format("%064x", 3), "c.txt", "ice", null, 1, null));
        assertThat(paths(BatchReader.runs(batch))).containsExactly(List.of("a.txt", "c.txt"), List.of("b.txt"));
    }

    @Test
    void settingsGoToTheQueueAsTextAndComeBackTheSameAndTheDefaultsAsNothing() {
        QueuedSettings chosen = new QueuedSettings(true, 300, 2048, "sealed1:abc");
        assertThat(QueuedSettings.parse(chosen.text())).isEqualTo(chosen);
        assertThat(QueuedSettings.DEFAULTS.text()).isNull();
        assertThat(QueuedSettings.parse(null)).isEqualTo(QueuedSettings.DEFAULTS);
        assertThat(chosen.toString()).doesNotContain("abc").contains("sealed");
    }

    @Test
    void pathsInEachOthersWayGoToLaterRuns() {
        // the same path with other content (queued again after a change), and a file named like another's folder
        List<FileQueue.Job> batch = List.of(
                job("box/memo.txt", "ice", null),
                job("box/memo.txt", "ice", null),
                job("box", "ice", null),
                job("boxes/x.txt", "ice", null));
        assertThat(paths(BatchReader.runs(batch)))
                .containsExactly(List.of("box/memo.txt", "boxes/x.txt"), List.of("box/memo.txt"), List.of("box"));
    }
}
