package org.redress.app.web.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.redress.app.web.background.BackgroundJob;
import org.redress.app.web.background.Progress;
import org.redress.app.wiring.CaseServices;
import org.redress.app.wiring.IngestSettings;
import org.redress.app.wiring.Intake;
import org.redress.application.requests.RequestDeadlines;
import org.redress.application.requests.RequestService;
import org.redress.core.UserMistake;
import org.redress.core.requests.Request;
import org.redress.ingest.pipeline.IngestListener;
import org.redress.ingest.pipeline.IngestStoppedException;

/**
 * One ingest started on the web, as the command line runs it: {@code redress ingest} through the case's intake (read
 * here, with screening, marking and reuse after it; or, on a team server, queued for the workers), or {@code redress
 * requests produce} when the production answers a request. The pipeline's counts go to the job's {@link Progress};
 * the uploaded copies are removed at the end (the originals are in the case, or its blob store, by then).
 */
final class IngestRun implements BackgroundJob.Work<Intake.Outcome> {
    private final CaseServices services;
    private final Clock clock;
    private final IngestForm form;

    IngestRun(CaseServices services, Clock clock, IngestForm form) {
        this.services = services;
        this.clock = clock;
        this.form = form;
    }

    /** The request the form names, found before the work starts so that a wrong one is said at once. */
    static Request request(CaseServices services, Clock clock, String ref) {
        if (ref == null) return null;
        try {
            return services.requests(clock, RequestDeadlines.DEFAULT_SOON_DAYS).find(ref);
        } catch (RequestService.NotFound e) {
            throw new UserMistake("There is no request '" + ref + "' in this case.");
        }
    }

    @Override
    public Intake.Outcome run(Progress progress) throws IOException {
        try {
            IngestSettings settings = new IngestSettings(
                    form.passwords(),
                    IngestSettings.DEFAULT_TIMEOUT,
                    IngestSettings.DEFAULT_WORKER_MEMORY_MB,
                    null,
                    listener(progress));
            Request answering = request(services, clock, form.request());
            Intake intake = services.intake(settings, false, answering);
            if (answering == null) return intake.take(form.paths(), form.source(), form.received());
            RequestService requests = services.requests(clock, RequestDeadlines.DEFAULT_SOON_DAYS);
            return requests.produce(answering, form.received(), null, null, form.paths(), intake)
                    .ingest();
        } catch (IngestStoppedException e) {
            throw new UserMistake(
                    e.getMessage(), e); // Tesseract or the readers gone: the reason is the person's to fix
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof IngestStoppedException stopped) throw new UserMistake(stopped.getMessage(), e);
            throw e;
        } finally {
            removeUploaded();
        }
    }

    private static IngestListener listener(Progress progress) {
        return new IngestListener() {
            @Override
            public void started(long files) {
                progress.total(files);
            }

            @Override
            public void counts(long pages, long ocrPages, long failures) {
                progress.counts(pages, ocrPages, failures);
            }

            @Override
            public void fileFinished(String path, long pagesSoFar, long filesDone) {
                progress.done(filesDone);
            }

            @Override
            public void analysing(String stage, long done, long total) {
                progress.stage(stage, done, total);
            }
        };
    }

    private void removeUploaded() throws IOException {
        if (form.uploaded() == null || !Files.exists(form.uploaded())) return;
        try (Stream<Path> walk = Files.walk(form.uploaded())) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
