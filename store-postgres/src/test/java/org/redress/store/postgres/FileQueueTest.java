package org.redress.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest queue of a case on the real PostgreSQL: one job per content hash, leases, expiry, failures. */
class FileQueueTest {
    private static final Duration LEASE = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    private FileQueue queue;

    @BeforeEach
    void open() {
        TestServer.database(dir).close();
        queue = TestServer.server().queue(TestServer.caseFor(dir));
    }

    private static String sha(int n) {
        return String.format("%064x", n);
    }

    @Test
    void theSameContentQueuedTwiceIsOneJob() {
        assertThat(queue.add(sha(1), "a/memo.txt", "a", LocalDate.of(2024, 3, 1)))
                .isTrue();
        assertThat(queue.add(sha(1), "b/copy.txt", "b", null)).isFalse();
        assertThat(queue.counts()).isEqualTo(new FileQueue.Counts(1, 0, 0, 0));
        FileQueue.Job job = queue.claim("w1", LEASE).orElseThrow();
        assertThat(job).isEqualTo(new FileQueue.Job(sha(1), "a/memo.txt", "a", LocalDate.of(2024, 3, 1), 1));
        assertThat(queue.claim("w2", LEASE)).isEmpty();
        assertThat(queue.done(sha(1), "w1")).isTrue();
        assertThat(queue.add(sha(1), "a/memo.txt", "a", null)).isFalse(); // done stays done
        assertThat(queue.counts()).isEqualTo(new FileQueue.Counts(0, 0, 1, 0));
    }

    @Test
    void workersClaimingAtOnceNeverShareAJob() throws Exception {
        int jobs = 40;
        for (int i = 0; i < jobs; i++) queue.add(sha(i), "f" + i, "s", null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> claimed = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String owner = "w" + w;
                claimed.add(pool.submit(() -> {
                    List<String> mine = new ArrayList<>();
                    for (Optional<FileQueue.Job> j; (j = queue.claim(owner, LEASE)).isPresent(); ) {
                        mine.add(j.get().sha256());
                        assertThat(queue.done(j.get().sha256(), owner)).isTrue();
                    }
                    return mine;
                }));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : claimed) all.addAll(f.get());
            Set<String> distinct = new HashSet<>(all);
            assertThat(all).hasSize(jobs);
            assertThat(distinct).hasSize(jobs);
        } finally {
            pool.shutdownNow();
        }
        assertThat(queue.counts()).isEqualTo(new FileQueue.Counts(0, 0, jobs, 0));
    }

    @Test
    void anExpiredLeaseIsTakenByTheNextWorkerAndTheOldOwnerCannotFinishIt() {
        queue.add(sha(7), "scan.pdf", "s", null);
        assertThat(queue.claim("killed", Duration.ZERO)).isPresent(); // a lease that expires at once: a worker killed
        FileQueue.Job again = queue.claim("next", LEASE).orElseThrow();
        assertThat(again.sha256()).isEqualTo(sha(7));
        assertThat(again.attempts()).isEqualTo(2);
        assertThat(queue.renew(sha(7), "killed", LEASE)).isFalse();
        assertThat(queue.done(sha(7), "killed")).isFalse();
        assertThat(queue.counts().running()).isEqualTo(1);
        assertThat(queue.done(sha(7), "next")).isTrue();
    }

    @Test
    void aFailureIsRecordedWithItsReason() {
        queue.add(sha(9), "bad.bin", "s", null);
        assertThat(queue.claim("w", LEASE)).isPresent();
        assertThat(queue.failed(sha(9), "w", "the original is missing from the blob store"))
                .isTrue();
        assertThat(queue.failure(sha(9))).contains("the original is missing from the blob store");
        assertThat(queue.counts()).isEqualTo(new FileQueue.Counts(0, 0, 0, 1));
        assertThat(queue.claim("w", LEASE)).isEmpty();
        // ingest run again: a failed file is queued again, as an inline ingest retries its failures
        assertThat(queue.add(sha(9), "bad.bin", "s", null)).isTrue();
        assertThat(queue.counts()).isEqualTo(new FileQueue.Counts(1, 0, 0, 0));
        assertThat(queue.claim("w", LEASE).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void aFileThatKillsEveryWorkerIsGivenUpAfterItsAttempts() {
        queue.add(sha(3), "poison.zip", "s", null);
        for (int i = 0; i < FileQueue.MAX_ATTEMPTS; i++)
            assertThat(queue.claim("w" + i, Duration.ZERO)).isPresent();
        assertThat(queue.claim("last", LEASE)).isEmpty();
        assertThat(queue.counts().failed()).isEqualTo(1);
        assertThat(queue.failure(sha(3)).orElseThrow()).contains("3 times");
    }
}
