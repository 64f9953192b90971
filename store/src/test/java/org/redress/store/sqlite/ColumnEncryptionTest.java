package org.redress.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.ColumnCipher;
import org.redress.store.crypto.DamagedValueException;

/**
 * A plain case database filled through every store, converted, and read back through the same stores with the key:
 * everything is as it was, and no content is left in the file's bytes. Also: what the schema holds is all declared.
 */
class ColumnEncryptionTest {
    static final String CANARY = "Xochiquetzal Canaryname";

    /** The canary as a user would type it into an id (events.csv, claims add --id, a template, a law). */
    static final String ID_CANARY = "xochiquetzal-canaryname";

    private static final String EVENT = "arrest-" + ID_CANARY;
    private static final String CLAIM = "claim-" + ID_CANARY;

    @TempDir
    Path dir;

    private final ColumnCipher cipher = ColumnCipher.of(CaseKey.generate(new SecureRandom()));

    private final String mail = Sha256.of("mail".getBytes(StandardCharsets.UTF_8));
    private final String attachment = Sha256.of("attachment".getBytes(StandardCharsets.UTF_8));
    private final String pageText = "Memo: " + CANARY + " attended the meeting.";

    /** Everything the stores can hold, with the canary in every content field. */
    Snapshot fill(Path file) {
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
                            mail,
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
                    List.of(new Page(mail, 1, pageText, false)));
            docs.saveExtraction(
                    new Document(
                            attachment,
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
                    List.of(new Page(attachment, 1, "page of " + CANARY, true)));
            docs.addLocation(new Location(mail, s.id(), null, "inbox/" + CANARY + ".eml"));
            docs.addLocation(new Location(attachment, s.id(), mail, CANARY + ".pdf"));
            docs.recordFailure(new Failure(s.id(), "locked-" + CANARY + ".pdf", attachment, "locked " + CANARY, null));
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
                                    0, Citation.Type.DOCUMENT, mail, 1, "quote " + CANARY, null, null, null, null)))));
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
                    List.of(new Attachment(CANARY + ".pdf", attachment, 9))));
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
                    mail,
                    1,
                    6,
                    6 + CANARY.length(),
                    CANARY,
                    1.0,
                    "full name",
                    List.of("'" + CANARY + "' = same"),
                    Sha256.of(pageText.getBytes(StandardCharsets.UTF_8)),
                    null,
                    null);
            mentions.replaceHits(mail, "fingerprint", List.of(m));
            mentions.decide(new Decision(m.id(), MentionStatus.CONFIRMED, "it is " + CANARY, Instant.now()));
            new SqliteMarkStore(db).replaceMarks(mail, MarkStage.FLAGS, "lexicon", List.of(canaryFlag(mail)));
            return Snapshot.of(db);
        }
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
    private static Mark canaryFlag(String document) {
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

    @Test
    void aConvertedDatabaseReadsBackTheSameThroughTheStoresAndHoldsNoContent() throws IOException {
        Snapshot before = fill(dir.resolve("plain.db"));
        assertThat(bytesHold(dir.resolve("plain.db"), CANARY)).isTrue(); // the test would see a leak

        ColumnEncryption.encryptedCopy(dir.resolve("plain.db"), dir.resolve("sealed.db"), cipher);

        assertThat(bytesHold(dir.resolve("sealed.db"), CANARY)).isFalse();
        assertThat(bytesHold(dir.resolve("sealed.db"), ID_CANARY)).isFalse(); // nor an id a user typed
        assertThat(bytesHold(dir.resolve("sealed.db"), mail)).isFalse(); // nor the plain hash of an original
        assertThat(bytesHold(dir.resolve("sealed.db"), "25.50")).isFalse();
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("sealed.db"), cipher)) {
            assertThat(Snapshot.of(db)).isEqualTo(before);
        }
    }

    @Test
    void anEncryptedDatabaseWrittenByTheStoresHoldsNoContent() {
        Path file = dir.resolve("case.db");
        try (SqliteDatabase db = SqliteDatabase.open(file, cipher)) {
            var docs = new SqliteDocumentStore(db);
            docs.saveExtraction(
                    new Document(
                            mail,
                            4,
                            "text/plain",
                            "Title " + CANARY,
                            null,
                            null,
                            null,
                            null,
                            null,
                            ExtractionStatus.DONE,
                            null,
                            null,
                            1),
                    List.of(new Page(mail, 1, pageText, false)));
            new SqliteCaseModelStore(db).savePerson(new CasePerson(CANARY, List.of(), Role.SUBJECT, null, false, ""));
            var marks = new SqliteMarkStore(db);
            marks.replaceMarks(mail, MarkStage.FLAGS, "lexicon", List.of(canaryFlag(mail)));
            assertThat(marks.marks(MarkStage.FLAGS, mail))
                    .singleElement()
                    .satisfies(f -> assertThat(f.code()).isEqualTo(CANARY.toLowerCase(Locale.ROOT)))
                    .satisfies(f -> assertThat(f.label()).isEqualTo("watchers of " + CANARY));
            db.handle().execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        assertThat(bytesHold(file, CANARY)).isFalse();
        assertThat(bytesHold(file, mail)).isFalse();
    }

    /**
     * An encrypted case made before its user ids were sealed (scheme v1) holds them plain: the first open turns them
     * into tokens, in one transaction, and the stores read back everything as before, with no id left in the bytes.
     */
    @Test
    void anOlderEncryptedCaseHasItsPlainIdsSealedWhenItOpens() throws IOException {
        Snapshot before = fill(dir.resolve("plain.db"));
        Path file = dir.resolve("sealed.db");
        ColumnEncryption.encryptedCopy(dir.resolve("plain.db"), file, cipher);
        try (SqliteDatabase db = SqliteDatabase.open(file, cipher)) { // as an older build left it: the ids plain
            db.handle().useTransaction(tx -> {
                tx.execute("PRAGMA defer_foreign_keys = ON");
                for (ContentColumns.Column c : ContentColumns.userIds()) {
                    for (String token : tx.createQuery("SELECT DISTINCT " + c.name() + " FROM " + c.table() + " WHERE "
                                    + c.name() + " IS NOT NULL")
                            .mapTo(String.class)
                            .list())
                        tx.createUpdate("UPDATE " + c.table() + " SET " + c.name() + " = ? WHERE " + c.name() + " = ?")
                                .bind(0, cipher.untoken(c.label(), token))
                                .bind(1, token)
                                .execute();
                }
                tx.execute("UPDATE column_encryption SET scheme = ?", EncryptionMark.SCHEME_V1);
            });
            db.handle().execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        assertThat(bytesHold(file, ID_CANARY)).isTrue(); // the test would see them stay plain

        try (SqliteDatabase db = SqliteDatabase.open(file, cipher)) {
            assertThat(EncryptionMark.scheme(db.handle())).isEqualTo(EncryptionMark.SCHEME);
            assertThat(Snapshot.of(db)).isEqualTo(before);
            assertThat(db.handle()
                            .createQuery("SELECT id FROM cm_events")
                            .mapTo(String.class)
                            .one())
                    .isEqualTo(cipher.token(ContentColumns.EVENT_ID, EVENT));
        }
        assertThat(bytesHold(file, ID_CANARY)).isFalse();
        assertThat(bytesHold(file, CANARY)).isFalse();
        try (SqliteDatabase db = SqliteDatabase.open(file, cipher)) { // a second open changes nothing
            assertThat(Snapshot.of(db)).isEqualTo(before);
            // a crash after the ids were sealed but before VACUUM: their plain values still in free pages
            db.handle().execute("CREATE TABLE scratch(x TEXT)");
            db.handle().execute("INSERT INTO scratch VALUES (?)", EVENT);
            db.handle().execute("DROP TABLE scratch");
            db.handle().execute("UPDATE column_encryption SET scheme = ?", UserIdSealing.VACUUM_PENDING);
            db.handle().execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        assertThat(bytesHold(file, ID_CANARY)).isTrue();
        try (SqliteDatabase db = SqliteDatabase.open(file, cipher)) { // the next open finishes it
            assertThat(EncryptionMark.scheme(db.handle())).isEqualTo(EncryptionMark.SCHEME);
            assertThat(Snapshot.of(db)).isEqualTo(before);
        }
        assertThat(bytesHold(file, ID_CANARY)).isFalse();
    }

    /**
     * An encrypted case made before V19 holds its marks' code and label plain, which no longer open: V19 drops its
     * marks and their runs, to be marked again, sealed. A plain case keeps them.
     */
    @Test
    void markTermsWrittenPlainByAnOlderEncryptedCaseAreDroppedToBeMarkedAgain() {
        for (ColumnCipher each : List.of(cipher, ColumnCipher.PLAIN)) {
            Path file = dir.resolve((each.encrypts() ? "sealed" : "plain") + "-old.db");
            try (SqliteDatabase db = SqliteDatabase.open(file, each)) {
                new SqliteDocumentStore(db)
                        .saveExtraction(
                                new Document(
                                        mail,
                                        4,
                                        "text/plain",
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
                                List.of(new Page(mail, 1, pageText, false)));
                new SqliteMarkStore(db).replaceMarks(mail, MarkStage.FLAGS, "lexicon", List.of(canaryFlag(mail)));
                // as the store wrote them before: the term and the lexicon's name plain; V19 not yet applied
                db.handle().execute("UPDATE marks SET code = 'term', label = 'lexicon'");
                db.handle().execute("DELETE FROM flyway_schema_history WHERE version = '19'");
            }
            try (SqliteDatabase db = SqliteDatabase.open(file, each)) {
                var marks = new SqliteMarkStore(db);
                if (each.encrypts()) {
                    assertThat(marks.marks(null, null)).isEmpty();
                    assertThat(marks.markedWith(mail)).isEmpty();
                } else {
                    assertThat(marks.marks(null, null))
                            .singleElement()
                            .satisfies(m -> assertThat(m.code()).isEqualTo("term"));
                    assertThat(marks.markedWith(mail)).containsEntry(MarkStage.FLAGS, "lexicon");
                }
            }
        }
    }

    @Test
    void aValueMovedToAnotherRowFailsToOpenAndNamesOnlyItsColumn() {
        String other = Sha256.of("other".getBytes(StandardCharsets.UTF_8));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("case.db"), cipher)) {
            var docs = new SqliteDocumentStore(db);
            for (String id : List.of(mail, other))
                docs.saveExtraction(
                        new Document(
                                id,
                                4,
                                "text/plain",
                                "Title of " + id,
                                null,
                                null,
                                null,
                                null,
                                null,
                                ExtractionStatus.DONE,
                                null,
                                null,
                                0),
                        List.of());
            db.handle()
                    .execute(
                            "UPDATE documents SET title = (SELECT title FROM documents WHERE id = ?) WHERE id = ?",
                            cipher.hash(other),
                            cipher.hash(mail));
            assertThatThrownBy(() -> docs.document(mail))
                    .isInstanceOf(DamagedValueException.class)
                    .hasMessageContaining("documents.title")
                    .hasMessageNotContaining("Title");
            assertThat(docs.document(other)).get().extracting(Document::title).isEqualTo("Title of " + other);
        }
    }

    @Test
    void anEncryptedDatabaseIsRefusedWithoutItsKeyOrWithAnother() {
        SqliteDatabase.open(dir.resolve("case.db"), cipher).close();
        assertThatThrownBy(() -> SqliteDatabase.open(dir.resolve("case.db")))
                .hasMessageContaining("encrypted and was opened without its key");
        ColumnCipher another = ColumnCipher.of(CaseKey.generate(new SecureRandom()));
        assertThatThrownBy(() -> SqliteDatabase.open(dir.resolve("case.db"), another))
                .hasMessageContaining("another case key");
        fill(dir.resolve("plain.db"));
        assertThatThrownBy(() -> SqliteDatabase.open(dir.resolve("plain.db"), cipher))
                .hasMessageContaining("redress encrypt");
    }

    @Test
    void everyTextColumnOfTheSchemaIsDeclaredEncryptedOrPlainWithAReason() {
        Set<String> declared = new HashSet<>();
        ContentColumns.ALL.forEach(c -> declared.add(c.table() + "." + c.name()));
        ContentColumns.PLAIN.forEach((t, cs) -> cs.forEach(c -> declared.add(t + "." + c)));
        List<String> undeclared = new ArrayList<>();
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("case.db"))) {
            List<String> tables = db.handle()
                    .createQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                    .mapTo(String.class)
                    .list();
            for (String table : tables) {
                db.handle()
                        .createQuery("SELECT name, type FROM pragma_table_info(:t)")
                        .bind("t", table)
                        .map((rs, ctx) -> {
                            String type = rs.getString(2).toUpperCase(Locale.ROOT);
                            if (!type.startsWith("INT")
                                    && !type.equals("REAL")
                                    && !declared.contains(table + "." + rs.getString(1)))
                                undeclared.add(table + "." + rs.getString(1));
                            return 0;
                        })
                        .list();
            }
        }
        // A new store's text columns go into ContentColumns (and through the cipher), or into its PLAIN list.
        assertThat(undeclared).isEmpty();
    }

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
