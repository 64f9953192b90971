package org.redress.application.requests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.redress.analysis.deadline.DeadlineCalculator;
import org.redress.analysis.deadline.LawLibrary;
import org.redress.core.UserMistake;
import org.redress.core.corpus.Sha256;
import org.redress.core.corpus.Source;
import org.redress.core.port.BlobStore;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.RequestStore;
import org.redress.core.requests.Attachment;
import org.redress.core.requests.BatesRange;
import org.redress.core.requests.Correspondence;
import org.redress.core.requests.Direction;
import org.redress.core.requests.ExemptionList;
import org.redress.core.requests.InvalidRequestException;
import org.redress.core.requests.Production;
import org.redress.core.requests.Request;

/**
 * The records-request operations of a case, shared by the command line and the web server. Every
 * input is checked before anything is written, so a bad value never changes what is stored.
 */
public final class RequestService {
    private final RequestStore requests;
    private final DocumentStore documents;
    private final BlobStore blobs;
    private final RequestDeadlines deadlines;

    public RequestService(RequestStore requests, DocumentStore documents, BlobStore blobs, RequestDeadlines deadlines) {
        this.requests = requests;
        this.documents = documents;
        this.blobs = blobs;
        this.deadlines = deadlines;
    }

    /** The service over the case's stores with deadlines from these laws, judged as of the clock's day. */
    public static RequestService of(
            RequestStore requests,
            DocumentStore documents,
            BlobStore blobs,
            LawLibrary laws,
            Clock clock,
            int soonDays) {
        return new RequestService(
                requests, documents, blobs, new RequestDeadlines(new DeadlineCalculator(laws), clock, soonDays));
    }

    public RequestDeadlines deadlines() {
        return deadlines;
    }

    public RequestStore store() {
        return requests;
    }

    /** A request with its computed deadlines. */
    public record Listed(Request request, RequestDeadlines.Schedule schedule) {}

    /** A production with how many documents its source holds. */
    public record ProductionView(Production production, List<String> documentIds) {
        public String searchQuery() {
            return "source:\"" + production.sourceName().replace("\"", "") + "\"";
        }
    }

    /** Everything known about one request. */
    public record Detail(Listed listed, List<Correspondence> correspondence, List<ProductionView> productions) {}

    /** By its number or its tracking number. */
    public Request find(String ref) {
        if (ref == null || ref.isBlank()) throw new UserMistake("say which request: its number or its tracking number");
        String t = ref.trim();
        Optional<Request> found = Optional.empty();
        if (t.chars().allMatch(Character::isDigit) && t.length() < 18) found = store().request(Long.parseLong(t));
        if (found.isEmpty()) found = store().byTrackingNumber(t);
        return found.orElseThrow(
                () -> new NotFound("there is no request '" + ref + "' in this case; see: redress requests list"));
    }

    /** A request that is not in the case. */
    public static final class NotFound extends org.redress.core.NotFound {
        public NotFound(String message) {
            super(message);
        }
    }

    public Listed listed(Request r) {
        return new Listed(r, deadlines.compute(r));
    }

    public Request add(RequestInput input) {
        Request r = input.toNewRequest();
        requireLaw(r.lawId());
        return store().add(r);
    }

    public Request update(Request existing, RequestInput input) {
        Request r = input.applyTo(existing);
        requireLaw(r.lawId());
        return store().update(r).orElseThrow(() -> new NotFound("request " + existing.id() + " is gone"));
    }

    private void requireLaw(String lawId) {
        if (deadlines.calculator().library().law(lawId).isEmpty()) {
            throw new InvalidRequestException(
                    "law",
                    "unknown law '" + lawId + "'; known laws: "
                            + String.join(
                                    ", ",
                                    deadlines.calculator().library().laws().stream()
                                            .map(l -> l.id())
                                            .toList()));
        }
    }

    /** Overdue requests first, then by their next deadline, then those without one, in the order added. */
    public static final Comparator<Listed> URGENCY = Comparator.comparing(
                    (Listed l) -> !l.schedule().overdue())
            .thenComparing(
                    l -> l.schedule().next().map(RequestDeadlines.Item::due).orElse(LocalDate.MAX))
            .thenComparing(l -> l.request().id());

    public List<Listed> list(boolean onlyOverdue) {
        List<Listed> out = new ArrayList<>();
        for (Request r : store().requests()) {
            Listed l = listed(r);
            if (!onlyOverdue || l.schedule().overdue()) out.add(l);
        }
        out.sort(URGENCY);
        return out;
    }

    public Detail detail(Request r) {
        List<ProductionView> productions = store().productions(r.id()).stream()
                .map(p -> new ProductionView(p, store().documentIds(p.id())))
                .toList();
        return new Detail(listed(r), store().correspondence(r.id()), productions);
    }

    /** Records a letter, email or call, storing each attached file as an original. */
    public Correspondence correspond(
            Request r, LocalDate date, Direction direction, String kind, String summary, List<Path> attachments)
            throws IOException {
        for (Path p : attachments) {
            if (!Files.isRegularFile(p)) throw new InvalidRequestException("attachment", "'" + p + "' is not a file");
        }
        Correspondence checked = new Correspondence(0, r.id(), date, direction, kind, summary, List.of());
        List<Attachment> stored = new ArrayList<>();
        for (Path p : attachments) {
            String sha;
            try (InputStream in = Files.newInputStream(p)) {
                sha = Sha256.of(in);
            }
            blobs.put(sha, p);
            stored.add(new Attachment(p.getFileName().toString(), sha, Files.size(p)));
        }
        return store().addCorrespondence(new Correspondence(
                0, r.id(), checked.date(), checked.direction(), checked.kind(), checked.summary(), stored));
    }

    /** What a production run did: the production recorded, and what its intake tells of the files. */
    public record Produced<T>(Production production, T ingest) {}

    /**
     * Ingests the files as a new source named "&lt;tracking number&gt; production &lt;n&gt;" through the normal
     * pipeline (or queues them for a team server's workers), then records the source as the request's production.
     * Running it again after a crash reuses the same source name, so nothing is ingested twice. A queued production
     * is linked at once, its documents arriving as the workers read them: a production is its source.
     */
    public <T> Produced<T> produce(
            Request r,
            LocalDate received,
            String bates,
            String exemptions,
            List<Path> paths,
            ProductionIntake<T> intake) {
        if (paths.isEmpty()) throw new InvalidRequestException("paths", "give the files or folders of the production");
        for (Path p : paths)
            if (!Files.exists(p)) throw new InvalidRequestException("paths", "'" + p + "' does not exist");
        BatesRange range = BatesRange.parse(bates).orElse(null);
        ExemptionList claimed = ExemptionList.parse(exemptions);
        LocalDate day = received;
        Production check = Production.of(0, r.id(), 1, 0, null, day, range, claimed);

        int n = store().productions(r.id()).size() + 1;
        String name = r.label() + " production " + n;
        while (taken(name)) name = r.label() + " production " + (++n);

        T taken;
        try {
            taken = intake.take(paths, name, day);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Source source = documents.source(name, day);
        Production p = store().addProduction(new Production(
                0,
                r.id(),
                n,
                source.id(),
                name,
                day != null ? day : source.received(),
                check.batesFrom(),
                check.batesTo(),
                check.exemptions()));
        intake.linked(name);
        return new Produced<>(p, taken);
    }

    /** A source name already used by a production (of any request). */
    private boolean taken(String name) {
        return documents.sources().stream()
                .anyMatch(s -> s.name().equals(name)
                        && store().productionOfSource(s.id()).isPresent());
    }
}
