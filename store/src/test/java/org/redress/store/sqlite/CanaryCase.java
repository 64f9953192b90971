package org.redress.store.sqlite;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Citation;
import org.redress.core.casemodel.Claim;
import org.redress.core.casemodel.ClaimElement;
import org.redress.core.casemodel.Finding;
import org.redress.core.casemodel.Organisation;
import org.redress.core.casemodel.Part;
import org.redress.core.casemodel.Participant;
import org.redress.core.casemodel.Role;
import org.redress.core.casemodel.Weight;
import org.redress.core.casemodel.WitnessStatement;
import org.redress.core.chronology.EventDate;
import org.redress.core.chronology.EventKind;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.EmailHeaders;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Failure;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;
import org.redress.core.corpus.Source;
import org.redress.core.marks.Mark;
import org.redress.core.marks.MarkStage;
import org.redress.core.mentions.Decision;
import org.redress.core.mentions.Mention;
import org.redress.core.mentions.MentionStatus;
import org.redress.core.requests.Attachment;
import org.redress.core.requests.Correspondence;
import org.redress.core.requests.Direction;
import org.redress.core.requests.Production;
import org.redress.core.requests.Request;

/**
 * A case database filled through every store with a canary name in every content field and in every id a user types,
 * what the stores answer about it, and a scan of a database file's bytes for a text: the fixture of the encryption
 * and the case-archive tests.
 */
final class CanaryCase {
    static final String CANARY = "Xochiquetzal Canaryname";

    /** The canary as a user would type it into an id (events.csv, claims add --id, a template, a law). */
    static final String ID_CANARY = "xochiquetzal-canaryname";

    static final String EVENT = "arrest-" + ID_CANARY;
    static final String CLAIM = "claim-" + ID_CANARY;

    static final String MAIL = Sha256.of("mail".getBytes(StandardCharsets.UTF_8));
    static final String ATTACHMENT = Sha256.of("attachment".getBytes(StandardCharsets.UTF_8));
    static final String PAGE_TEXT = "Memo: " + CANARY + " attended the meeting.";

    private CanaryCase() {}

    /** Everything the stores can hold, with the canary in every content field. */
    static Snapshot fill(Path file) {
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            var docs = new SqliteDocumentStore(db);
            var model = new SqliteCaseModelStore(db);
            var requests = new SqliteRequestStore(db);
            var mentions = new SqliteMentionStore(db);
            Source s = docs.source("production of " + CANARY, LocalDate.of(2018, 1, 5));
            EmailHeaders e = new EmailHeaders(
                    CANARY + " <c@x.org>",
                    List.of("to-" + CANARY + "@x.org"),
                    List.of("cc@x.org"),
                    List.of(),
                    Instant.parse("2017-03-02T14:14:00Z"),
                    "About " + CANARY,
                    "<m1@x>",
                    "<m0@x>");
            docs.saveExtraction(
                    new Document(
                            MAIL,
                            4,
                            "message/rfc822",
                            "Title " + CANARY,
                            CANARY,
                            null,
                            null,
                            "eng",
                            e,
                            ExtractionStatus.DONE,
                            "note " + CANARY,
                            "password-" + CANARY,
                            1),
                    List.of(new Page(MAIL, 1, PAGE_TEXT, false)));
            docs.saveExtraction(
                    new Document(
                            ATTACHMENT,
                            9,
                            "application/pdf",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            ExtractionStatus.DONE,
                            null,
                            null,
                            1),
                    List.of(new Page(ATTACHMENT, 1, "page of " + CANARY, true)));
            docs.addLocation(new Location(MAIL, s.id(), null, "inbox/" + CANARY + ".eml"));
            docs.addLocation(new Location(ATTACHMENT, s.id(), MAIL, CANARY + ".pdf"));
            docs.recordFailure(new Failure(s.id(), "locked-" + CANARY + ".pdf", ATTACHMENT, "locked " + CANARY, null));
            docs.startRun(s.id(), "/in/" + CANARY);
            model.saveAll(
                    List.of(new CasePerson(
                            CANARY,
                            List.of("Xochi " + CANARY),
                            Role.SUBJECT,
                            "Org " + CANARY,
                            true,
                            "lives at " + CANARY)),
                    List.of(new Organisation("Org " + CANARY, "union", "notes " + CANARY)),
                    List.of(new CaseEvent(
                            EVENT,
                            EventDate.parse("2017-03-17"),
                            EventKind.of("adverse.arrest"),
                            List.of(new Participant(CANARY, Part.TARGET)),
                            "street of " + CANARY,
                            "arrest of " + CANARY,
                            false,
                            List.of(new Citation(
                                    0, Citation.Type.DOCUMENT, MAIL, 1, "quote " + CANARY, null, null, null, null)))));
            Citation witness = model.addCitation(
                    EVENT,
                    new Citation(
                            0,
                            Citation.Type.WITNESS,
                            null,
                            null,
                            "",
                            new WitnessStatement(
                                    "witness " + CANARY, "saw " + CANARY, "noon", "corner", "words", "van", "badge 7"),
                            null,
                            null,
                            null));
            model.saveClaim(new Claim(
                    CLAIM,
                    "template-" + ID_CANARY,
                    "claim " + CANARY,
                    "summary " + CANARY,
                    List.of(
                            new ClaimElement(
                                    "element-" + ID_CANARY,
                                    "element " + CANARY,
                                    "law",
                                    "authority",
                                    "alt-" + ID_CANARY),
                            new ClaimElement("e2", "second", "law", "authority", "alt-" + ID_CANARY))));
            model.addFinding(new Finding(
                    0, CLAIM, "element-" + ID_CANARY, null, witness.id(), Weight.SUPPORTS, "finding " + CANARY));
            model.addFinding(new Finding(0, CLAIM, "e2", EVENT, null, Weight.SUPPORTS, "on the event"));
            Request r = requests.add(
                    Request.draft("law-" + ID_CANARY, "Agency " + CANARY, "records of " + CANARY).toBuilder()
                            .trackingNumber("TRK-" + CANARY)
                            .fees(new BigDecimal("25.50"))
                            .notes("notes " + CANARY)
                            .build());
            requests.addCorrespondence(new Correspondence(
                    0,
                    r.id(),
                    LocalDate.of(2017, 4, 1),
                    Direction.IN,
                    "letter",
                    "letter about " + CANARY,
                    List.of(new Attachment(CANARY + ".pdf", ATTACHMENT, 9))));
            requests.addProduction(new Production(
                    0,
                    r.id(),
                    1,
                    s.id(),
                    null,
                    LocalDate.of(2018, 1, 5),
                    "B-1",
                    "B-9",
                    List.of("(b)(7)(C) " + CANARY)));
            Mention m = new Mention(
                    null,
                    CANARY,
                    MAIL,
                    1,
                    6,
                    6 + CANARY.length(),
                    CANARY,
                    1.0,
                    "full name",
                    List.of("'" + CANARY + "' = same"),
                    Sha256.of(PAGE_TEXT.getBytes(StandardCharsets.UTF_8)),
                    null,
                    null);
            mentions.replaceHits(MAIL, "fingerprint", List.of(m));
            mentions.decide(new Decision(m.id(), MentionStatus.CONFIRMED, "it is " + CANARY, Instant.now()));
            new SqliteMarkStore(db).replaceMarks(MAIL, MarkStage.FLAGS, "lexicon", List.of(canaryFlag(MAIL)));
            return Snapshot.of(db);
        }
    }

    /** A plain text document of {@code pages} pages, with a title and nothing else known. */
    static Document textDocument(String id, String title, int pages) {
        return new Document(
                id, 4, "text/plain", title, null, null, null, null, null, ExtractionStatus.DONE, null, null, pages);
    }

    /** What the stores answer, compared before and after. */
    record Snapshot(List<Object> facts) {
        static Snapshot of(SqliteDatabase db) {
            var docs = new SqliteDocumentStore(db);
            var model = new SqliteCaseModelStore(db);
            var requests = new SqliteRequestStore(db);
            var mentions = new SqliteMentionStore(db);
            List<Object> f = new ArrayList<>();
            f.add(docs.sources());
            f.add(docs.documents());
            for (Document d : docs.documents()) {
                f.add(docs.pages(d.id()));
                f.add(docs.locations(d.id()));
                f.add(docs.children(d.id()));
                f.add(requests.productionsOfDocument(d.id()));
            }
            f.add(docs.failures());
            f.add(docs.status().unfinishedRuns().stream()
                    .map(r -> r.arguments())
                    .toList());
            f.add(model.people());
            f.add(model.organisations());
            f.add(model.events());
            f.add(model.claims());
            f.add(model.findings());
            for (Request r : requests.requests()) {
                f.add(r.withId(r.id(), Instant.EPOCH, Instant.EPOCH));
                f.add(requests.correspondence(r.id()));
                f.add(requests.productions(r.id()));
                f.add(requests.byTrackingNumber(r.trackingNumber()).map(Request::id));
            }
            f.add(mentions.mentions(null, null));
            f.add(mentions.documentsToScreen("fingerprint", 10));
            f.add(new SqliteMarkStore(db).marks(null, null));
            return new Snapshot(f);
        }
    }

    /** A flag whose lexicon term and lexicon name (code and label) are a name, as a case's lexicon.txt can make them. */
    static Mark canaryFlag(String document) {
        return new Mark(
                null,
                document,
                1,
                6,
                6 + CANARY.length(),
                MarkStage.FLAGS,
                "flag",
                CANARY.toLowerCase(Locale.ROOT),
                "watchers of " + CANARY,
                CANARY,
                "Memo: " + CANARY + " attended");
    }

    /** Whether the text (in any letter case) is anywhere in the file or its write-ahead log or journal. */
    static boolean bytesHold(Path file, String text) {
        try {
            List<Path> files = new ArrayList<>(List.of(file));
            for (String suffix : List.of("-wal", "-journal"))
                if (Files.exists(Path.of(file + suffix))) files.add(Path.of(file + suffix));
            for (Path f : files) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
                if (bytes.contains(text.toLowerCase(Locale.ROOT))) return true;
            }
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
