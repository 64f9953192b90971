package org.redress.app.cli.requests;

import static org.redress.app.cli.requests.RequestOptions.print;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redress.app.cli.Audited;
import org.redress.app.cli.IngestReport;
import org.redress.app.json.RequestJson;
import org.redress.app.wiring.IngestSettings;
import org.redress.app.wiring.Intake;
import org.redress.application.audit.AuditNote;
import org.redress.application.requests.RequestInput;
import org.redress.application.requests.RequestService;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import org.redress.core.corpus.IngestSummary;
import org.redress.core.requests.Request;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code redress requests produce}: ingests a production into the corpus and links it to its request. */
@Command(
        name = "produce",
        mixinStandardHelpOptions = true,
        description = "Ingest a production received for a request into the corpus, as a source named "
                + "\"<tracking number> production <n>\", and link it to the request.")
final class ProduceCommand implements Callable<Integer>, Audited {
    @Mixin
    RequestOptions options;

    @Parameters(index = "0", paramLabel = "REQUEST", description = "Its number or tracking number.")
    String ref;

    @Parameters(
            index = "1..*",
            arity = "1..*",
            paramLabel = "PATH",
            description = "Files and folders of the production.")
    List<Path> paths;

    @Option(names = "--received", paramLabel = "DATE", description = "When the production was received.")
    String received;

    @Option(
            names = "--bates",
            paramLabel = "FROM-TO",
            description = "Bates range, e.g. ICE-000001-ICE-000250 (or FROM..TO).")
    String bates;

    @Option(names = "--exemptions", paramLabel = "LIST", description = "Exemptions claimed, e.g. \"(b)(6);(b)(7)(C)\".")
    String exemptions;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "120",
            description = "Give up on a file after this many seconds without progress.")
    int timeoutSeconds;

    @Option(
            names = "--worker-memory",
            paramLabel = "MB",
            defaultValue = "1024",
            description = "Memory limit of each isolated reader process.")
    int workerMemory;

    private String counts;

    @Override
    public Integer call() throws Exception {
        return options.run((c, s) -> {
            Request r = s.find(ref);
            IngestSettings settings = IngestSettings.defaults()
                    .withTimeout(Duration.ofSeconds(timeoutSeconds))
                    .withWorkerMemory(workerMemory);
            RequestService.Produced<Intake.Outcome> p = s.produce(
                    r, RequestInput.date("received", received), bates, exemptions, paths, c.intake(settings, false, r));
            // what the intake did: read the files here, or queue them for a team server's workers
            IngestSummary read = p.ingest() instanceof Intake.Read done ? done.summary() : null;
            Intake.Queued queued = p.ingest() instanceof Intake.Queued q ? q : null;
            counts = "production " + p.production().number() + ": "
                    + (read != null
                            ? IngestReport.counts(read)
                            : "queued " + queued.queued() + " of " + queued.files() + " files");
            if (options.json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put(
                        "production",
                        RequestJson.production(new RequestService.ProductionView(
                                p.production(),
                                s.store().documentIds(p.production().id()))));
                if (read != null) out.put("ingest", read);
                else out.put("queued", queued);
                print(out);
            } else {
                System.out.println("Production " + p.production().number() + " of request " + r.id() + " is source \""
                        + p.production().sourceName() + "\".");
                System.out.println(
                        read != null
                                ? IngestReport.plain(read)
                                : Count.of(queued.queued(), "file", "files") + " queued for the workers ("
                                        + queued.files() + " seen); its documents join the production as they are"
                                        + " read. Run: redress worker --server FILE");
            }
        });
    }

    @Override
    public AuditNote audit() {
        return new AuditNote(AuditAction.PRODUCTION_ADD, ref, counts);
    }
}
