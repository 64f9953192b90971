package org.redress.app.web.background;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.redress.core.UserMistake;

/**
 * One kind of long work of a case (its ingest, its screening), run on a thread of its own, one at a time: a request
 * starts it and returns at once; any request reads where it stands ({@link #snapshot}). A second start while one
 * runs is refused, and the caller says so politely (or asks for another run after it, as screening does).
 *
 * @param <R> what the work gives when it ends (an ingest's summary)
 */
public final class BackgroundJob<R> implements AutoCloseable {
    public enum State {
        IDLE,
        RUNNING,
        FINISHED,
        FAILED
    }

    /** The work itself, told where to report its progress. */
    @FunctionalInterface
    public interface Work<R> {
        R run(Progress progress) throws Exception;
    }

    /**
     * Where the job stands. {@code error} is the reason a person can act on (a {@link UserMistake}'s message), or a
     * fixed sentence for a bug: nothing of another exception is kept, its message could quote a page.
     */
    public record Snapshot<R>(
            State state,
            String name,
            Instant started,
            Instant finished,
            Progress.Reading progress,
            R result,
            String error) {
        public boolean running() {
            return state == State.RUNNING;
        }
    }

    private final Clock clock;
    private final ExecutorService thread;
    private State state = State.IDLE;
    private String name = "";
    private Instant started;
    private Instant finished;
    private Progress progress = new Progress();
    private R result;
    private String error;

    public BackgroundJob(String threadName, Clock clock) {
        this.clock = clock;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the work, named for the pages ("the source's name"); false, and nothing started, while one runs. */
    public synchronized boolean start(String name, Work<R> work) {
        if (state == State.RUNNING) return false;
        Progress meter = new Progress();
        this.state = State.RUNNING;
        this.name = name == null ? "" : name;
        this.started = clock.instant();
        this.finished = null;
        this.progress = meter;
        this.result = null;
        this.error = null;
        thread.execute(() -> run(work, meter));
        return true;
    }

    public synchronized Snapshot<R> snapshot() {
        return new Snapshot<>(state, name, started, finished, progress.read(), result, error);
    }

    private void run(Work<R> work, Progress meter) {
        R r = null;
        String failure = "The work stopped on an internal error; nothing already stored is lost.";
        try {
            r = work.run(meter);
            failure = null;
        } catch (UserMistake e) {
            failure = e.getMessage();
        } catch (Exception e) {
            failure = "The work stopped on an internal error (" + e.getClass().getSimpleName()
                    + "); nothing already stored is lost.";
        } finally {
            // Also after an Error: the job never stays "running" for good.
            meter.stop();
            synchronized (this) {
                result = r;
                error = failure;
                finished = clock.instant();
                state = failure == null ? State.FINISHED : State.FAILED;
            }
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
