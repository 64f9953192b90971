package org.redress.application.casemodel;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.redress.core.NotFound;
import org.redress.core.casemodel.CaseModel;
import org.redress.core.casemodel.Part;
import org.redress.core.casemodel.WitnessAttachment;
import org.redress.core.casemodel.WitnessReport;
import org.redress.core.casemodel.WitnessStatement;
import org.redress.core.corpus.Sha256;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.Ingester;
import org.redress.core.port.WitnessReportStore;

/**
 * The witness form: a community member's statement becomes a draft, with its photos and recordings stored as
 * originals of the {@value #SOURCE} source through the case's ingest (hashed, read, OCR'd and indexed like any
 * production, encrypted in an encrypted case); a case member then accepts it, as an event of the chronology that
 * cites the statement, or rejects it with a reason. The draft is kept apart from the events until then.
 */
public final class WitnessIntake {
    /** The source every attachment is an original of. */
    public static final String SOURCE = "witness";

    /** The kinds of thing the form asks about, and the event kind each proposes to the reviewer. */
    public static final Map<String, String> KINDS = Map.of(
            "arrest", "adverse.arrest",
            "stop", "adverse.traffic_stop",
            "visit", "adverse.home_or_work_visit",
            "other", "");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Opens what needs the case's files (the ingest pipeline, the event kinds). */
    @FunctionalInterface
    public interface Opener<T> {
        T open() throws IOException;
    }

    /** The form as sent: every field as typed ({@code date} and {@code time} also as the phone's pickers give them). */
    public record Form(
            String language,
            String witness,
            String contact,
            String seen,
            String peopleSeen,
            String officers,
            String saw,
            String date,
            String time,
            String approximately,
            String where,
            String words,
            String vehicles,
            String plates,
            String badges) {}

    /** An attached file, already in a work folder, with the safe name it is known by. */
    public record Upload(Path file, String name) {}

    /** The event a reviewer accepts, as the events form has it (people separated by ';'). */
    public record EventFields(
            String date,
            String time,
            String kind,
            String targets,
            String actors,
            String witnesses,
            String place,
            String description,
            boolean disputed) {}

    private final WitnessReportStore reports;
    private final DocumentStore documents;
    private final CaseModel model;
    private final Opener<Ingester> ingester;
    private final Opener<CaseImport> importer;
    private final Clock clock;

    public WitnessIntake(
            WitnessReportStore reports,
            DocumentStore documents,
            CaseModel model,
            Opener<Ingester> ingester,
            Opener<CaseImport> importer,
            Clock clock) {
        this.reports = reports;
        this.documents = documents;
        this.model = model;
        this.ingester = ingester;
        this.importer = importer;
        this.clock = clock;
    }

    /** Checks the form, stores the attachments, then the draft; returns the draft. */
    public WitnessReport submit(Form form, List<Upload> files) throws IOException {
        if (blank(form.witness())) throw new WitnessFormException("witness", "the form needs the witness's name");
        if (blank(form.saw())) throw new WitnessFormException("saw", "the form needs what the witness saw");
        String seen = blank(form.seen()) ? "other" : form.seen().strip();
        if (!KINDS.containsKey(seen))
            throw new WitnessFormException("seen", "the form's kind of event is not one it offers");
        String day = WitnessWhen.day(form.date()).map(LocalDate::toString).orElse("");
        String time = WitnessWhen.time(form.time()).map(Object::toString).orElse("");
        List<String> when = new ArrayList<>();
        for (String s : new String[] {form.date(), form.time(), form.approximately()})
            if (!blank(s)) when.add(s.strip());
        WitnessStatement statement = new WitnessStatement(
                form.witness().strip(),
                form.saw().strip(),
                String.join(", ", when),
                strip(form.where()),
                strip(form.words()),
                strip(form.vehicles()),
                strip(form.badges()));
        List<WitnessAttachment> attachments = store(files);
        return reports.add(WitnessReport.draft(
                clock.instant(),
                form.language(),
                statement,
                form.contact(),
                seen,
                form.peopleSeen(),
                form.officers(),
                form.plates(),
                day,
                time,
                attachments));
    }

    /** Every file through the case's ingest as the {@value #SOURCE} source; each is then a document of the case. */
    private List<WitnessAttachment> store(List<Upload> files) throws IOException {
        if (files.isEmpty()) return List.of();
        List<Path> paths = new ArrayList<>();
        List<WitnessAttachment> out = new ArrayList<>();
        for (Upload u : files) {
            paths.add(u.file());
            out.add(new WitnessAttachment(Sha256.of(u.file()), u.name(), Files.size(u.file())));
        }
        ingester.open().run(paths, SOURCE, LocalDate.now(clock));
        for (WitnessAttachment a : out) {
            // ingest keeps every original, read or not: one it did not store is a bug, never the witness's mistake
            if (documents.document(a.documentId()).isEmpty())
                throw new IllegalStateException("an attachment was not stored by ingest");
        }
        return out;
    }

    /** Every report, newest first. */
    public List<WitnessReport> reports() {
        return reports.reports();
    }

    /** The drafts waiting for review, newest first. */
    public List<WitnessReport> drafts() {
        return reports.reports().stream().filter(WitnessReport::isDraft).toList();
    }

    public WitnessReport report(long id) {
        return reports.report(id).orElseThrow(() -> new NotFound("there is no witness report " + id));
    }

    /** What the review form proposes for a draft: its day and time, the kind, the names the case already knows. */
    public EventFields proposal(WitnessReport r) {
        return new EventFields(
                r.date(),
                r.time(),
                KINDS.getOrDefault(r.seen(), ""),
                known(r.peopleSeen()),
                known(r.officers()),
                known(r.statement().witness()),
                r.statement().where(),
                r.statement().saw(),
                false);
    }

    /** The names in a witness's list (separated by ';', ',', new lines) that are people or organisations of the case. */
    private String known(String names) {
        List<String> out = new ArrayList<>();
        for (String n : names.split("[;,\\n]")) {
            if (n.isBlank()) continue;
            model.store().person(n.strip()).ifPresent(p -> out.add(p.name()));
            model.store().organisations().stream()
                    .filter(o -> o.name().equalsIgnoreCase(n.strip()))
                    .findFirst()
                    .ifPresent(o -> out.add(o.name()));
        }
        return String.join("; ", out.stream().distinct().toList());
    }

    /**
     * Accepts a draft as the event {@code fields} describe (checked as any event of the events form is), citing the
     * statement; returns the event's id.
     */
    public String accept(long id, EventFields fields) throws IOException {
        synchronized (reports) { // one decision per draft: a second reviewer finds it reviewed, not a second event
            return acceptDraft(draft(id), fields);
        }
    }

    private String acceptDraft(WitnessReport r, EventFields fields) throws IOException {
        long id = r.id();
        ObjectNode e = JSON.createObjectNode();
        e.put("date", strip(fields.date()));
        e.put("time", strip(fields.time()));
        e.put("kind", strip(fields.kind()));
        ArrayNode people = e.putArray("people");
        addPeople(people, fields.targets(), Part.TARGET);
        addPeople(people, fields.actors(), Part.ACTOR);
        addPeople(people, fields.witnesses(), Part.WITNESS);
        e.put("place", strip(fields.place()));
        e.put("description", strip(fields.description()));
        e.put("disputed", fields.disputed() ? "yes" : "no");
        WitnessStatement s = r.cited();
        e.putArray("citations")
                .addObject()
                .put("type", "witness")
                .put("witness", s.witness())
                .put("saw", s.saw())
                .put("when", s.when())
                .put("where", s.where())
                .put("words", s.words())
                .put("vehicles", s.vehicles())
                .put("badges", s.badges());
        String eventId = importer.open()
                .importEvents(JSON.createArrayNode().add(e), "the witness report")
                .eventIds()
                .get(0);
        if (!reports.accept(id, eventId, clock.instant()))
            throw new WitnessFormException("reviewed", "witness report " + id + " was reviewed meanwhile");
        return eventId;
    }

    /** Rejects a draft; the reason is required, and the statement and attachments are kept. */
    public void reject(long id, String reason) {
        if (blank(reason)) throw new WitnessFormException("reason", "say why the report is rejected");
        synchronized (reports) {
            draft(id);
            if (!reports.reject(id, reason.strip(), clock.instant()))
                throw new WitnessFormException("reviewed", "witness report " + id + " was reviewed meanwhile");
        }
    }

    private WitnessReport draft(long id) {
        WitnessReport r = report(id);
        if (!r.isDraft())
            throw new WitnessFormException(
                    "reviewed",
                    "witness report " + id + " was already " + r.status().code());
        return r;
    }

    private static void addPeople(ArrayNode into, String names, Part part) {
        for (String n : ImportCells.split(names))
            into.addObject().put("name", n).put("part", part.code());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
