package org.redress.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.redress.app.json.EntityJson;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseException;
import org.redress.app.wiring.CaseServices;
import org.redress.app.wiring.IngestSettings;
import org.redress.app.wiring.Intake;
import org.redress.app.wiring.ServerCase;
import org.redress.application.audit.AuditNote;
import org.redress.application.entities.EntityRecognition;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import org.redress.core.corpus.IngestSummary;
import org.redress.ingest.pipeline.IngestListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Add files and folders of a records production to the case.",
            "PDF, scans and images (OCR), email (.eml .mbox .msg .pst) with attachments, Office and OpenDocument,",
            "RTF, HTML, text, CSV, and archives (zip, tar, gz, 7z), recursively. Running it again finishes an",
            "interrupted run and adds nothing twice.",
            "With --reference, the files are the group's own material (posts, flyers, press releases, testimony; with",
            "--private, notes and agendas of closed meetings), not agency records: records are searched for their",
            "words (redress reuse).",
            "With --server FILE --case NAME, the files are stored on the server and queued: redress worker reads them."
        })
final class IngestCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(
            names = "--source",
            paramLabel = "NAME",
            description = "Name of this batch (default: the first path's name).")
    String source;

    @Option(
            names = "--reference",
            description = "The files are the group's own material, to find in the agency's records (redress reuse).")
    boolean reference;

    @Option(
            names = "--private",
            description = "With --reference: private material (closed meetings); never exported unless asked.")
    boolean privateReference;

    @Option(names = "--received", paramLabel = "DATE", description = "When the production was received (YYYY-MM-DD).")
    String received;

    @Option(
            names = "--passwords",
            paramLabel = "FILE",
            description = "A file of passwords to try on encrypted files, one per line.")
    Path passwords;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "120",
            description = "Give up on a file after this many seconds without progress (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(
            names = "--worker-memory",
            paramLabel = "MB",
            defaultValue = "1024",
            description = "Memory limit of each isolated reader process (default: ${DEFAULT-VALUE} MB).")
    int workerMemory;

    @Option(names = "--threads", paramLabel = "N", description = "Files read at once (default: one per core).")
    Integer threads;

    @Option(names = "--json", description = "Print one JSON summary instead of the progress bar.")
    boolean json;

    @Option(
            names = "--progress",
            paramLabel = "WHEN",
            defaultValue = "${env:REDRESS_PROGRESS:-auto}",
            description = "Progress bar on standard error: auto (when standard error is a terminal), always or never "
                    + "(default: ${DEFAULT-VALUE}, from REDRESS_PROGRESS if set).")
    String progressMode;

    @Option(
            names = "--entities",
            description = "Then find the people, organisations and places on the new pages (as redress entities does).")
    boolean entities;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files and folders to ingest.")
    List<Path> paths;

    private String sourceName;
    private String counts;

    @Override
    public Integer call() throws Exception {
        LocalDate receivedDate = parseDate(received);
        ProgressMode progressWhen = ProgressMode.parse(progressMode);
        for (Path p : paths) if (!Files.exists(p)) throw new CaseException("'" + p + "' does not exist");
        try (CaseServices c = caseOption.open()) {
            boolean drawBar = !json && progressWhen.draws(System.getenv("TERM"), ProgressMode.STDERR);
            boolean queues = c.folder() instanceof ServerCase;
            IngestListener progress = drawBar && !queues ? new ProgressBar(System.err) : IngestListener.NONE;
            IngestSettings settings = new IngestSettings(
                    readPasswords(), Duration.ofSeconds(timeoutSeconds), workerMemory, threads, progress);
            Intake intake = c.intake(settings, entities, null); // made first: one that cannot be made marks nothing
            sourceName = sourceName();
            ReferenceSources.prepare(c, sourceName, receivedDate, reference, privateReference);
            Intake.Outcome outcome = intake.take(paths, sourceName, receivedDate);
            if (progress instanceof ProgressBar bar) bar.close();
            if (outcome instanceof Intake.Read read) read(c, read.summary(), drawBar);
            else queued((Intake.Queued) outcome);
        }
        return 0;
    }

    private void read(CaseServices c, IngestSummary summary, boolean drawBar) throws java.io.IOException {
        EntityRecognition.Summary found = entities ? EntitiesCommand.run(c, drawBar) : null;
        counts = IngestReport.counts(summary) + (found == null ? "" : "; " + EntitiesCommand.counts(found));
        if (json) System.out.println(Json.write(found == null ? summary : withEntities(summary, found)));
        else
            System.out.println(
                    IngestReport.plain(summary) + (found == null ? "" : "\n" + EntitiesCommand.plain(found)));
    }

    /** On a team server: the originals stored and queued for {@code redress worker}, nothing read here. */
    private void queued(Intake.Queued queued) {
        counts = "queued " + queued.queued() + " of " + Count.of(queued.files(), "file", "files");
        if (json) System.out.println(Json.write(queued));
        else if (queued.queued() == 0)
            System.out.println("Nothing new to queue: the " + Count.of(queued.files(), "file", "files") + " seen "
                    + Count.noun(queued.files(), "is", "are") + " queued or read already.");
        else
            System.out.println(Count.of(queued.queued(), "file", "files") + " queued for the workers (" + queued.files()
                    + " seen; the others were queued already). Run: redress worker --server FILE");
    }

    private String sourceName() {
        return source != null
                ? source
                : paths.get(0).toAbsolutePath().normalize().getFileName().toString();
    }

    /** The ingest summary with the entity stage's beside it, as {@code "entities"}: one JSON document. */
    private static Object withEntities(IngestSummary summary, EntityRecognition.Summary found) {
        ObjectNode tree = Json.MAPPER.valueToTree(summary);
        tree.set("entities", Json.MAPPER.valueToTree(EntityJson.summary(found)));
        return tree;
    }

    private List<String> readPasswords() throws java.io.IOException {
        if (passwords == null) return List.of();
        if (!Files.isRegularFile(passwords))
            throw new CaseException("the passwords file '" + passwords + "' does not exist");
        return Files.readAllLines(passwords, StandardCharsets.UTF_8).stream()
                .map(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l)
                .filter(l -> !l.isEmpty())
                .distinct()
                .toList();
    }

    static LocalDate parseDate(String text) {
        if (text == null) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CaseException("'" + text + "' is not a date; write it as YYYY-MM-DD, for example 2017-03-17");
        }
    }

    @Override
    public AuditNote audit() {
        String kind = !reference ? "" : privateReference ? "private reference; " : "reference; ";
        return new AuditNote(AuditAction.INGEST_RUN, sourceName, kind + counts);
    }
}
