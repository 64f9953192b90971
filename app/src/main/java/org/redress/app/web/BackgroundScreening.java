package org.redress.app.web;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.redress.application.mentions.MentionService;
import org.redress.application.mentions.ScreeningResult;

/**
 * Screening the corpus for the watch list after a change made on the web, on a thread of its own: a request that
 * changes the watch list returns at once, and the pages show how far screening has come ({@link #status}). A change
 * while a screening runs asks for one more run after it, which picks up whatever changed.
 */
public final class BackgroundScreening implements AutoCloseable {
    /** Where screening stands: running or not, documents screened in this run, and the last run's outcome. */
    public record Status(
            boolean running,
            long screenedSoFar,
            Instant started,
            Instant finished,
            long lastDocuments,
            long lastHitsNew,
            boolean failed) {
        static final Status IDLE = new Status(false, 0, null, null, 0, 0, false);
    }

    private final Supplier<MentionService> mentions;
    private final Clock clock;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "redress-screening");
        t.setDaemon(true);
        return t;
    });
    private Status status = Status.IDLE;
    private boolean again;

    BackgroundScreening(Supplier<MentionService> mentions, Clock clock) {
        this.mentions = mentions;
        this.clock = clock;
    }

    /** Starts screening, or asks the running one for one more pass. */
    synchronized void start() {
        if (status.running()) {
            again = true;
            return;
        }
        status = new Status(
                true, 0, clock.instant(), status.finished(), status.lastDocuments(), status.lastHitsNew(), false);
        thread.execute(this::run);
    }

    synchronized Status status() {
        return status;
    }

    private void run() {
        long documents = 0;
        long hits = 0;
        boolean failed = false;
        boolean more = true;
        while (more) {
            try {
                ScreeningResult r = mentions.get().screen(this::progress);
                documents += r.documentsScreened();
                hits += r.hitsNew();
            } catch (RuntimeException e) {
                // Nothing of the exception is kept or logged: its message could quote a page or name a person.
                failed = true;
            }
            synchronized (this) {
                more = again && !failed;
                again = false;
                if (!more) status = new Status(false, 0, status.started(), clock.instant(), documents, hits, failed);
            }
        }
    }

    private synchronized void progress(long screened) {
        status = new Status(
                true,
                screened,
                status.started(),
                status.finished(),
                status.lastDocuments(),
                status.lastHitsNew(),
                false);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
