package org.redress.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.ColumnCipher;

/** The ingest queue of a case on the real PostgreSQL: one job per file of a production, leases, expiry, failures. */
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
    void theSameFileQueuedTwiceIsOneJobButTheSameContentInAnotherProductionIsAnother() {
        assertThat(queue.add(sha(1), "a/memo.txt", "a", LocalDate.of(2024, 3, 1), "ana"))
                .isTrue();
        assertThat(queue.add(sha(1), "a/memo.txt", "a", LocalDate.of(2024, 3, 1), "ana"))
                .isFalse();
        assertThat(queue.counts()).isEqualTo(new FileQueue.Counts(1, 0, 0, 0));
        FileQueue.Job job = queue.claim("w1", LEASE).orElseThrow();
        assertThat(job).isEqualTo(new FileQueue.Job(job.id(), sha(1), "a/memo.txt", "a", LocalDate.of(2024, 3, 1), 1));
        assertThat(queue.claim("w2", LEASE)).isEmpty();
        assertThat(queue.done(job.id(), "w1")).isTrue();
        assertThat(queue.add(sha(1), "a/memo.txt", "a", null, "ana")).isFalse(); // done stays done
        // the same email released by another agency: its own job, so that production lists it too
        assertThat(queue.add(sha(1), "b/copy.txt", "b", null, "ana")).isTrue();
        assertThat(queue.counts()).isEqualTo(new FileQueue.Counts(1, 0, 1, 0));
    }

    @Test
    void aProductionIsSettledOnceNoneOfItsFilesWaitsOrIsBeingRead() {
        queue.add(sha(1), "a/one.txt", "a", null, "ana");
        queue.add(sha(2), "a/two.txt", "a", null, "ana");
        queue.add(sha(3), "b/other.txt", "b", null, "luis");
        assertThat(queue.settled("a")).isEmpty();
        FileQueue.Job first = queue.claim("w", LEASE).orElseThrow();
        queue.done(first.id(), "w");
        assertThat(queue.settled("a")).isEmpty(); // one file still waits
        FileQueue.Job second = queue.claim("w", LEASE).orElseThrow();
        assertThat(queue.settled("a")).isEmpty(); // and then is being read
        queue.failed(second.id(), "w", "locked");
        FileQueue.Settled a = queue.settled("a").orElseThrow(); // a failed file settles too: the manifest lists it
        assertThat(a.queuedBy()).isEqualTo("ana");
        assertThat(a.finished()).isAfterOrEqualTo(a.queued());
        assertThat(queue.settled("b")).isEmpty();
        assertThat(queue.settled("never queued")).isEmpty();
    }

    @Test
    void anEncryptedCasesQueueHoldsNoNameInTheClearAndGivesEveryJobBackWhole() {
        CaseName name = TestServer.caseFor(dir);
        ColumnCipher cipher = ColumnCipher.of(CaseKey.generate(new SecureRandom()));
        FileQueue sealed = TestServer.server().queue(name, cipher);
        assertThat(sealed.add(sha(7), "informant/ledger.txt", "agency A", LocalDate.of(2024, 3, 1), "ana"))
                .isTrue();
        assertThat(sealed.add(sha(7), "informant/ledger.txt", "agency A", LocalDate.of(2024, 3, 1), "ana"))
                .isFalse(); // equal tokens: still one job per file
        String row = TestServer.jdbi()
                .withHandle(h -> h.createQuery("SELECT row_to_json(j)::text FROM " + name.schema() + ".file_job j")
                        .mapTo(String.class)
                        .one());
        assertThat(row).doesNotContain("ledger", "agency", "ana", sha(7));
        FileQueue.Job job = sealed.claim("w", LEASE).orElseThrow();
        assertThat(job)
                .isEqualTo(new FileQueue.Job(
                        job.id(), sha(7), "informant/ledger.txt", "agency A", LocalDate.of(2024, 3, 1), 1));
        sealed.failed(job.id(), "w", "could not read informant/ledger.txt");
        assertThat(sealed.failure(job.id())).contains("could not read informant/ledger.txt");
        String failure = TestServer.jdbi()
                .withHandle(h -> h.createQuery("SELECT failure FROM " + name.schema() + ".file_job")
                        .mapTo(String.class)
                        .one());
        assertThat(failure).doesNotContain("ledger");
        assertThat(sealed.settled("agency A").orElseThrow().queuedBy()).isEqualTo("ana");
    }

    @Test
    void workUnderTheSameKeyNeverRunsAtOnce() throws Exception {
        java.util.concurrent.atomic.AtomicInteger inside = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < 8; i++)
                all.add(pool.submit(() -> {
                    queue.exclusively("sha256/" + sha(5), () -> {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.sleep(20);
                        inside.decrementAndGet();
                    });
                    return null;
                }));
            for (Future<?> f : all) f.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(1);
    }

    @Test
    void workersClaimingAtOnceNeverShareAJob() throws Exception {
        int jobs = 40;
        for (int i = 0; i < jobs; i++) queue.add(sha(i), "f" + i, "s", null, "ana");
        List<String> all =
                drainedByFourWorkers(owner -> queue.claim(owner, LEASE).stream().toList());
        assertThat(all).hasSize(jobs);
        assertThat(new HashSet<>(all)).hasSize(jobs);
        assertThat(queue.counts()).isEqualTo(new FileQueue.Counts(0, 0, jobs, 0));
    }

    /** Four workers taking jobs at once with {@code claim} and finishing each lot: the contents each took, all told. */
    private List<String> drainedByFourWorkers(Function<String, List<FileQueue.Job>> claim) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> claimed = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String owner = "w" + w;
                claimed.add(pool.submit(() -> {
                    List<String> mine = new ArrayList<>();
                    for (List<FileQueue.Job> lot = claim.apply(owner); !lot.isEmpty(); lot = claim.apply(owner)) {
                        lot.forEach(j -> mine.add(j.sha256()));
                        assertThat(queue.done(ids(lot), owner)).isEqualTo(lot.size());
                    }
                    return mine;
                }));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : claimed) all.addAll(f.get());
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anExpiredLeaseIsTakenByTheNextWorkerAndTheOldOwnerCannotFinishIt() {
        queue.add(sha(7), "scan.pdf", "s", null, "ana");
        assertThat(queue.claim("killed", Duration.ZERO)).isPresent(); // a lease that expires at once: a worker killed
        FileQueue.Job again = queue.claim("next", LEASE).orElseThrow();
        assertThat(again.sha256()).isEqualTo(sha(7));
        assertThat(again.attempts()).isEqualTo(2);
        assertThat(queue.renew(again.id(), "killed", LEASE)).isFalse();
        assertThat(queue.done(again.id(), "killed")).isFalse();
        assertThat(queue.counts().running()).isEqualTo(1);
        assertThat(queue.done(again.id(), "next")).isTrue();
    }

    @Test
    void aFailureIsRecordedWithItsReason() {
        queue.add(sha(9), "bad.bin", "s", null, "ana");
        FileQueue.Job job = queue.claim("w", LEASE).orElseThrow();
        assertThat(queue.failed(job.id(), "w", "the original is missing from the blob store"))
                .isTrue();
        assertThat(queue.failure(job.id())).contains("the original is missing from the blob store");
        assertThat(queue.counts()).isEqualTo(new FileQueue.Counts(0, 0, 0, 1));
        assertThat(queue.claim("w", LEASE)).isEmpty();
        // ingest run again: a failed file is queued again, as an inline ingest retries its failures
        assertThat(queue.add(sha(9), "bad.bin", "s", null, "ana")).isTrue();
        assertThat(queue.counts()).isEqualTo(new FileQueue.Counts(1, 0, 0, 0));
        assertThat(queue.claim("w", LEASE).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void aFileThatKillsEveryWorkerIsGivenUpAfterItsAttempts() {
        queue.add(sha(3), "poison.zip", "s", null, "ana");
        long id = 0;
        for (int i = 0; i < FileQueue.MAX_ATTEMPTS; i++)
            id = queue.claim("w" + i, Duration.ZERO).orElseThrow().id();
        assertThat(queue.claim("last", LEASE)).isEmpty();
        assertThat(queue.counts().failed()).isEqualTo(1);
        assertThat(queue.failure(id).orElseThrow()).contains("3 times");
    }

    @Test
    void thePaceCountsTheFilesFinishedInItsWindowAfterItsFirstMomentAndSaysNoTimeLeftBefore() throws Exception {
        for (int i = 0; i < 8; i++) queue.add(sha(i), "f" + i, "s", null, "ana");
        FileQueue.Pace none = queue.pace(Duration.ofMinutes(10));
        assertThat(none.finished()).isZero();
        assertThat(none.secondsLeft(8)).isEqualTo(-1);
        assertThat(none.secondsLeft(0)).isZero();

        // a batch finishes at one moment: how long its files took is not known from it alone
        List<FileQueue.Job> first = queue.claim("w", LEASE, 3);
        assertThat(queue.done(ids(first), "w")).isEqualTo(3);
        FileQueue.Pace oneMoment = queue.pace(Duration.ofMinutes(10));
        assertThat(oneMoment.finished()).isEqualTo(3);
        assertThat(oneMoment.paced()).isZero();
        assertThat(oneMoment.filesPerMinute()).isZero();
        assertThat(oneMoment.secondsLeft(5)).isEqualTo(-1);

        Thread.sleep(200);
        List<FileQueue.Job> second = queue.claim("w", LEASE, 2);
        assertThat(queue.done(List.of(second.get(0).id()), "w")).isEqualTo(1);
        assertThat(queue.failed(second.get(1).id(), "w", "a broken PDF")).isTrue();
        FileQueue.Pace recent = queue.pace(Duration.ofMinutes(10));
        assertThat(recent.finished()).as("a failure is finished too").isEqualTo(5);
        assertThat(recent.paced()).as("the files after the first moment").isEqualTo(2);
        assertThat(recent.seconds()).isGreaterThanOrEqualTo(0.2);
        assertThat(recent.filesPerMinute()).isPositive().isLessThan(2 * 60 / 0.2);
        assertThat(recent.secondsLeft(3)).as("never 0 while files remain").isPositive();
        assertThat(queue.pace(Duration.ZERO).finished())
                .as("nothing finished in an empty window")
                .isZero();
    }

    @Test
    void heldLocksOfTwoProcessesExcludeEachOtherKeyByKeyAndClosingGivesThemBack() {
        try (HeldLocks one = queue.heldLocks();
                HeldLocks other = queue.heldLocks()) {
            assertThat(one.tryLock("content/" + sha(1))).isTrue();
            assertThat(other.tryLock("content/" + sha(1)))
                    .as("held by the other connection")
                    .isFalse();
            assertThat(other.tryLock("content/" + sha(2))).as("another content").isTrue();
            one.unlock("content/" + sha(1));
            assertThat(other.tryLock("content/" + sha(1))).isTrue();
            other.close();
            assertThat(one.tryLock("content/" + sha(2)))
                    .as("given back with its connection")
                    .isTrue();
            assertThat(other.tryLock("content/" + sha(3)))
                    .as("a new connection for the next call")
                    .isTrue();
            assertThat(other.unlock("content/" + sha(3))).isTrue();
            assertThat(other.unlock("content/" + sha(3)))
                    .as("not held any more")
                    .isFalse();
        }
    }

    private static List<Long> ids(List<FileQueue.Job> jobs) {
        return jobs.stream().map(FileQueue.Job::id).toList();
    }

    @Test
    void aBatchClaimTakesTheOldestWaitingJobsAtOnce() {
        for (int i = 0; i < 7; i++) queue.add(sha(i), "f" + i, "s", null, "ana");
        List<FileQueue.Job> first = queue.claim("w1", LEASE, 5);
        assertThat(first).extracting(FileQueue.Job::displayPath).containsExactly("f0", "f1", "f2", "f3", "f4");
        assertThat(first).allSatisfy(j -> assertThat(j.attempts()).isEqualTo(1));
        assertThat(queue.counts()).isEqualTo(new FileQueue.Counts(2, 5, 0, 0));
        List<FileQueue.Job> rest = queue.claim("w2", LEASE, 5);
        assertThat(rest).extracting(FileQueue.Job::displayPath).containsExactly("f5", "f6");
        assertThat(queue.claim("w3", LEASE, 5)).isEmpty();
        // the leases of a batch are renewed and finished together, by their owner only
        assertThat(queue.renew(ids(first), "w1", LEASE)).isEqualTo(5);
        assertThat(queue.renew(ids(first), "w2", LEASE)).isZero();
        assertThat(queue.done(ids(first), "w2")).isZero();
        assertThat(queue.done(ids(first), "w1")).isEqualTo(5);
        assertThat(queue.done(ids(rest), "w2")).isEqualTo(2);
        assertThat(queue.counts()).isEqualTo(new FileQueue.Counts(0, 0, 7, 0));
    }

    @Test
    void workersClaimingBatchesAtOnceNeverShareAJob() throws Exception {
        int jobs = 95;
        for (int i = 0; i < jobs; i++) queue.add(sha(i), "f" + i, "s", null, "ana");
        List<String> all = drainedByFourWorkers(owner -> {
            List<FileQueue.Job> batch = queue.claim(owner, LEASE, 10);
            assertThat(batch).hasSizeLessThanOrEqualTo(10);
            return batch;
        });
        assertThat(all).hasSize(jobs);
        assertThat(new HashSet<>(all)).hasSize(jobs);
        assertThat(queue.counts()).isEqualTo(new FileQueue.Counts(0, 0, jobs, 0));
    }

    @Test
    void aWorkerKilledMidBatchLeavesEveryFileOfItToTheOthersEachAlone() {
        for (int i = 0; i < 4; i++) queue.add(sha(i), "f" + i, "s", null, "ana");
        // Claimed as one batch, renewed while read, then the worker is killed before it marks any done: leases that
        // expire at once stand for leases it can no longer renew.
        List<FileQueue.Job> killed = queue.claim("killed", Duration.ZERO, 10);
        assertThat(killed).hasSize(4);
        assertThat(queue.counts().queued()).isEqualTo(4); // waiting again, for any worker
        queue.add(sha(10), "later", "s", null, "ana"); // a file queued after, never read

        List<List<String>> taken = new ArrayList<>();
        for (List<FileQueue.Job> batch = queue.claim("next", LEASE, 10);
                !batch.isEmpty();
                batch = queue.claim("next", LEASE, 10)) {
            taken.add(batch.stream().map(FileQueue.Job::displayPath).toList());
            if (batch.get(0).attempts() > 1) { // taken again: alone, on its second attempt
                assertThat(batch).hasSize(1);
                assertThat(batch.get(0).attempts()).isEqualTo(2);
            }
            assertThat(queue.done(ids(batch), "killed")).isZero(); // the killed worker's leases are gone
            assertThat(queue.done(ids(batch), "next")).isEqualTo(batch.size());
        }
        // each file of the killed batch taken again alone, then the new one as a batch of its own
        assertThat(taken).containsExactly(List.of("f0"), List.of("f1"), List.of("f2"), List.of("f3"), List.of("later"));
        assertThat(queue.counts()).isEqualTo(new FileQueue.Counts(0, 0, 5, 0));
    }

    @Test
    void aFileThatKillsItsBatchCostsTheOtherFilesOneAttemptOnly() {
        queue.add(sha(1), "poison.zip", "s", null, "ana");
        queue.add(sha(2), "a.txt", "s", null, "ana");
        queue.add(sha(3), "b.txt", "s", null, "ana");
        assertThat(queue.claim("w0", Duration.ZERO, 10)).hasSize(3); // the batch's reader killed by the poison
        // Retried one by one: the poison first (the oldest), which kills two more workers.
        for (int i = 1; i < FileQueue.MAX_ATTEMPTS; i++)
            assertThat(queue.claim("w" + i, Duration.ZERO, 10))
                    .extracting(FileQueue.Job::displayPath)
                    .containsExactly("poison.zip");
        for (List<FileQueue.Job> batch = queue.claim("last", LEASE, 10);
                !batch.isEmpty();
                batch = queue.claim("last", LEASE, 10)) {
            assertThat(batch).hasSize(1);
            assertThat(batch.get(0).displayPath()).isNotEqualTo("poison.zip");
            assertThat(batch.get(0).attempts()).isEqualTo(2);
            queue.done(ids(batch), "last");
        }
        assertThat(queue.counts()).isEqualTo(new FileQueue.Counts(0, 0, 2, 1));
    }

    @Test
    void workUnderOverlappingKeysNeverRunsAtOnceWhateverTheirOrder() throws Exception {
        java.util.concurrent.atomic.AtomicInteger inside = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        List<List<String>> orders = List.of(
                List.of("sha256/" + sha(1), "sha256/" + sha(2)),
                List.of("sha256/" + sha(2), "sha256/" + sha(1), "sha256/" + sha(2)),
                List.of("sha256/" + sha(2), "sha256/" + sha(3)));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                List<String> keys = orders.get(i % orders.size());
                all.add(pool.submit(() -> {
                    // taken in another order each time, they would wait on each other in a circle (a deadlock)
                    queue.exclusively(keys, () -> {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.sleep(10);
                        inside.decrementAndGet();
                    });
                    return null;
                }));
            }
            for (Future<?> f : all) f.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(1); // every set shares sha(2) with every other
    }
}
