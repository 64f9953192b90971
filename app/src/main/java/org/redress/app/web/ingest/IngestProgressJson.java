package org.redress.app.web.ingest;

import java.time.Instant;
import java.util.Locale;
import org.redress.app.json.WorkersJson;
import org.redress.app.web.background.BackgroundJob;
import org.redress.app.web.background.Progress;
import org.redress.app.wiring.Intake;
import org.redress.application.access.Access;
import org.redress.core.corpus.IngestSummary;

/**
 * {@code GET /api/v1/ingest/progress}: where the case's ingest stands. While it runs, counts only (no file names);
 * once it ends, the summary with every failure and its reason (and the watch-list's new hits, for a role that may see
 * the watch-list).
 *
 * @param state         idle (none started since the server started), running, finished or failed
 * @param stage         while running: reading (the files), then screening (the watch list), marking (entities,
 *                      exemption marks, flags) and comparing (with the group's own material)
 * @param stageDone     documents of the stage done so far (0 while reading)
 * @param stageTotal    the stage's documents, or -1 where not known ahead
 * @param filesTotal    files found in what was given (-1 until counted)
 * @param secondsLeft   the estimate, or -1 while unknown
 * @param error         why a failed ingest stopped
 * @param summary       when finished reading here: as {@code redress ingest --json} prints it, failures with their
 *                      reasons
 * @param queued        when finished on a team server: the files seen and queued for the workers, as {@code redress
 *                      ingest --json} prints it there
 * @param workers       on a team server, where its workers stand on the case's files (whoever queued them, from
 *                      whichever machine); null for a case folder
 */
public record IngestProgressJson(
        String state,
        String stage,
        long stageDone,
        long stageTotal,
        String source,
        Instant startedAt,
        Instant finishedAt,
        long filesTotal,
        long filesDone,
        long pages,
        long ocrPages,
        long failures,
        double pagesPerSecond,
        double secondsElapsed,
        long secondsLeft,
        String error,
        IngestSummary summary,
        Intake.Queued queued,
        WorkersJson workers) {

    static IngestProgressJson of(BackgroundJob.Snapshot<Intake.Outcome> s) {
        return of(s, null);
    }

    static IngestProgressJson of(BackgroundJob.Snapshot<Intake.Outcome> s, WorkersJson workers) {
        Progress.Reading r = s.progress();
        IngestSummary done = s.result() instanceof Intake.Read read ? read.summary() : null;
        Intake.Queued queued = s.result() instanceof Intake.Queued q ? q : null;
        // The watch-list's new hits are for the roles that see the watch-list; the others read none.
        if (done != null && !Access.seesWatchList()) done = done.withMentionsNew(0);
        Progress.Stage at = r.stage();
        String stage = !s.running() ? null : at.name() == null ? "reading" : at.name();
        double rate = Math.round(r.rate() * 10) / 10.0;
        double seconds = Math.round(r.seconds() * 10) / 10.0;
        if (done != null) {
            return new IngestProgressJson(
                    state(s),
                    stage,
                    at.done(),
                    at.total(),
                    s.name(),
                    s.started(),
                    s.finished(),
                    done.filesSeen(),
                    done.filesSeen(),
                    done.pages(),
                    done.ocrPages(),
                    done.failures().size(),
                    rate,
                    seconds,
                    0,
                    null,
                    done,
                    null,
                    workers);
        }
        if (queued != null) {
            return new IngestProgressJson(
                    state(s),
                    null,
                    0,
                    -1,
                    s.name(),
                    s.started(),
                    s.finished(),
                    queued.files(),
                    queued.files(),
                    0,
                    0,
                    0,
                    0,
                    seconds,
                    0,
                    null,
                    null,
                    queued,
                    workers);
        }
        return new IngestProgressJson(
                state(s),
                stage,
                at.done(),
                at.total(),
                s.name(),
                s.started(),
                s.finished(),
                r.total(),
                r.done(),
                r.pages(),
                r.ocrPages(),
                r.failures(),
                rate,
                seconds,
                s.running() ? r.secondsLeft() : -1,
                s.error(),
                null,
                null,
                workers);
    }

    private static String state(BackgroundJob.Snapshot<?> s) {
        return s.state().name().toLowerCase(Locale.ROOT);
    }

    /** How far, in percent of the files (0 until the files are counted). */
    public int percent() {
        return filesTotal <= 0
                ? (state.equals("finished") ? 100 : 0)
                : (int) Math.min(100, filesDone * 100 / filesTotal);
    }

    public String left() {
        return Progress.plain(secondsLeft);
    }

    /** The workers' time left, as people read it. */
    public String workersLeft() {
        return workers == null ? "?" : Progress.plain(workers.secondsLeft());
    }

    public String elapsed() {
        return Progress.plain(Math.round(secondsElapsed));
    }
}
