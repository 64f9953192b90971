package org.redress.app.web.ingest;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.redress.app.json.WorkersJson;
import org.redress.app.web.Messages;
import org.redress.app.web.PageLanguage;
import org.redress.app.web.background.BackgroundJob;
import org.redress.app.wiring.CaseServices;
import org.redress.app.wiring.Intake;
import org.redress.application.requests.RequestDeadlines;
import org.redress.core.UserMistake;

/**
 * {@code /ingest}: the form that adds a production, the progress of the case's ingest (one at a time), and when it
 * ends the files that could not be read with their reasons; {@code /api/v1/ingest/progress}: the same as JSON, which
 * the page's script polls. Without the script the page reloads itself while the ingest runs.
 */
public final class IngestPages implements AutoCloseable {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final String SHOWED_FAILURES = "redress.ingest.showedFailures";
    private final CaseServices services;
    private final Clock clock;
    private final UploadLimit uploads;
    private final BackgroundJob<Intake.Outcome> job;

    /** A request the production may answer, as the form's list shows it. */
    public record RequestChoice(String ref, String label) {}

    /** What the page shows. */
    public record Model(
            Messages t,
            IngestProgressJson progress,
            List<RequestChoice> requests,
            String error,
            long limitMb,
            Map<String, String> form) {
        public boolean running() {
            return progress.state().equals("running");
        }

        public boolean ended() {
            return progress.state().equals("finished") || progress.state().equals("failed");
        }

        /** A form value sent back with an error, so nothing typed is lost (passwords excepted). */
        public String value(String name) {
            return form.getOrDefault(name, "");
        }
    }

    public IngestPages(CaseServices services, Clock clock, UploadLimit uploads) {
        this.services = services;
        this.clock = clock;
        this.uploads = uploads;
        this.job = new BackgroundJob<>("redress-ingest", clock);
    }

    public void page(Context ctx) {
        render(ctx, null, Map.of());
    }

    public void progress(Context ctx) {
        IngestProgressJson p = progress();
        if (p.summary() != null) ctx.attribute(SHOWED_FAILURES, Boolean.TRUE);
        ctx.json(p);
    }

    /** This server's ingest job, and on a team server where the workers stand on the case's files. */
    private IngestProgressJson progress() {
        return IngestProgressJson.of(
                job.snapshot(),
                services.workers()
                        .map(w -> WorkersJson.of(w.counts(), w.pace()))
                        .orElse(null));
    }

    /** For the audit rule: the answer listed what was read and failed (not only counts). */
    public static boolean showedCaseContent(Context ctx) {
        return ctx.attribute(SHOWED_FAILURES) != null;
    }

    /** Starts an ingest of what the form gives, or says why not; the browser is sent back to the page. */
    public void start(Context ctx) throws IOException {
        Messages t = PageLanguage.messages(ctx);
        if (job.snapshot().running()) {
            ctx.status(HttpStatus.CONFLICT);
            render(ctx, t.format("ingest.busy", job.snapshot().name()), fields(ctx));
            return;
        }
        IngestForm form;
        try {
            form = IngestForm.read(ctx, uploads);
            IngestRun.request(services, clock, form.request()); // a wrong request is said now, not after the upload
        } catch (UserMistake e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, e.getMessage(), fields(ctx));
            return;
        }
        if (!job.start(form.source(), new IngestRun(services, clock, form))) {
            remove(form.uploaded());
            ctx.status(HttpStatus.CONFLICT);
            render(ctx, t.format("ingest.busy", job.snapshot().name()), fields(ctx));
            return;
        }
        ctx.redirect("/ingest", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, String error, Map<String, String> form) {
        Messages t = PageLanguage.messages(ctx);
        IngestProgressJson p = progress();
        if (p.summary() != null) ctx.attribute(SHOWED_FAILURES, Boolean.TRUE);
        List<RequestChoice> requests =
                services.requests(clock, RequestDeadlines.DEFAULT_SOON_DAYS).store().requests().stream()
                        .map(r -> new RequestChoice(String.valueOf(r.id()), r.label() + " · " + r.agency()))
                        .toList();
        StringOutput out = new StringOutput();
        ENGINE.render(
                "ingest.jte",
                Map.of("m", new Model(t, p, requests, error, uploads.limitBytes() / 1024 / 1024, form)),
                out);
        ctx.html(out.toString());
    }

    /** The typed fields (no passwords, no files), to fill the form again. */
    private static Map<String, String> fields(Context ctx) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String name : List.of("source", "received", "request", "folder")) {
            String v = ctx.formParam(name);
            if (v != null) out.put(name, v);
        }
        return out;
    }

    private static void remove(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Override
    public void close() {
        job.close();
    }
}
