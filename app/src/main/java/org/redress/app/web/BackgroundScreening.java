package org.redress.app.web;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import org.redress.app.web.background.BackgroundJob;
import org.redress.app.web.background.Progress;
import org.redress.application.access.Access;
import org.redress.application.mentions.MentionService;
import org.redress.application.mentions.ScreeningResult;

/**
 * Screening the corpus for the watch list after a change made on the web, as a {@link BackgroundJob} (the web's one
 * way to run long work, as the ingest does): a request that changes the watch list returns at once, and the pages
 * show how far screening has come ({@link #status}). A change while a screening runs asks for one more run after it,
 * which picks up whatever changed.
 */
public final class BackgroundScreening implements AutoCloseable {
    /**
     * Where screening stands: running or not, documents screened in this run, the last run's outcome, and the
     * progress reading every long job of the web gives (documents done, rate, time so far).
     */
    public record Status(
            boolean running,
            long screenedSoFar,
            Instant started,
            Instant finished,
            long lastDocuments,
            long lastHitsNew,
            boolean failed,
            Progress.Reading progress) {}

    private final Supplier<MentionService> mentions;
    private final BackgroundJob<ScreeningResult> job;
    private boolean again;

    BackgroundScreening(Supplier<MentionService> mentions, Clock clock) {
        this.mentions = mentions;
        this.job = new BackgroundJob<>("redress-screening", clock);
    }

    /** Starts screening, or asks the running one for one more pass. */
    synchronized void start() {
        again = !job.start("screening", this::run); // while this holds the lock, the new run cannot look yet
    }

    /**
     * Where screening stands; for a role that may not see the watch-list, nothing (not even that it ran: its hits and
     * the documents it read are the watch-list's).
     */
    synchronized Status status() {
        if (!Access.seesWatchList()) return new Status(false, 0, null, null, 0, 0, false, null);
        BackgroundJob.Snapshot<ScreeningResult> s = job.snapshot();
        ScreeningResult last = s.result();
        return new Status(
                s.running(),
                s.running() ? s.progress().done() : 0,
                s.started(),
                s.finished(),
                last == null ? 0 : last.documentsScreened(),
                last == null ? 0 : last.hitsNew(),
                s.state() == BackgroundJob.State.FAILED,
                s.progress());
    }

    /** One run, and one more for each change made while it ran; nothing of a failure is kept (it could name a person). */
    private ScreeningResult run(Progress progress) {
        long documents = 0;
        long hits = 0;
        int watched;
        while (true) {
            long base = documents;
            ScreeningResult r = mentions.get().screen(n -> progress.done(base + n));
            documents += r.documentsScreened();
            hits += r.hitsNew();
            watched = r.watched();
            synchronized (this) {
                if (!again) break;
                again = false;
            }
        }
        return new ScreeningResult(watched, documents, hits);
    }

    @Override
    public void close() {
        job.close();
    }
}
