package org.redress.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two processes' {@link InFlight}s over one lock table, as two workers on two machines share a team server's advisory
 * locks (the real ones are tested in {@code FileQueueTest}): the second to want a content waits while the first reads
 * it, then holds it and finds it read; a lock that cannot be asked lets the content be read rather than wait.
 */
class InFlightAcrossProcessesTest {
    private static final String SHA = "9f2c";

    /** A table of held keys, refusing a key another holder has, as pg_try_advisory_lock does. */
    private static final class LockTable {
        final ConcurrentHashMap<String, Object> held = new ConcurrentHashMap<>();

        InFlight.AcrossProcesses as(Object holder) {
            return new InFlight.AcrossProcesses() {
                @Override
                public boolean tryLock(String sha256) {
                    return held.putIfAbsent(sha256, holder) == null || held.get(sha256) == holder;
                }

                @Override
                public void unlock(String sha256) {
                    held.remove(sha256, holder);
                }
            };
        }
    }

    @Test
    void theSecondProcessWaitsWhileTheFirstReadsTheContentThenHoldsIt() throws Exception {
        LockTable table = new LockTable();
        InFlight first = InFlight.sharedByRuns(table.as("first"));
        InFlight second = InFlight.sharedByRuns(table.as("second"));

        assertThat(first.claim(SHA)).isTrue();
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> second.claim(SHA));
        Thread.sleep(4 * InFlight.RETRY_MILLIS);
        assertThat(waiting).as("waits while the first process reads it").isNotDone();

        first.release(SHA);
        assertThat(waiting.get(10, TimeUnit.SECONDS))
                .as("then holds it, to look in its store")
                .isTrue();
        assertThat(table.held.get(SHA)).isEqualTo("second");
        second.release(SHA);
        assertThat(table.held).isEmpty();
    }

    @Test
    void aLockThatCannotBeAskedLetsTheContentBeReadInsteadOfWaiting() throws Exception {
        InFlight alone = InFlight.sharedByRuns(new InFlight.AcrossProcesses() {
            @Override
            public boolean tryLock(String sha256) {
                throw new IllegalStateException("connection lost");
            }

            @Override
            public void unlock(String sha256) {
                throw new AssertionError("nothing was held");
            }
        });
        assertThat(CompletableFuture.supplyAsync(() -> alone.claim(SHA)).get(10, TimeUnit.SECONDS))
                .isTrue();
        alone.release(SHA);
    }
}
