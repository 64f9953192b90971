package org.redress.app.casemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.wiring.CaseKeyring;
import org.redress.app.wiring.CaseServices;
import org.redress.application.casemodel.Chronology;
import org.redress.application.casemodel.GapReport;
import org.redress.application.casemodel.WitnessFormException;
import org.redress.application.casemodel.WitnessIntake;
import org.redress.core.NotFound;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Citation;
import org.redress.core.casemodel.Part;
import org.redress.core.casemodel.Role;
import org.redress.core.casemodel.WitnessReport;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Sha256;
import org.redress.core.corpus.Source;
import org.redress.core.search.SearchQuery;
import org.redress.ingest.ocr.Tesseract;

/**
 * The witness form's use case on a real case (SQLite, the blob store, the ingest pipeline with its isolated readers and
 * Tesseract, Lucene): a statement is a draft outside the chronology until a case member accepts it; its photo is an
 * original of the "witness" source with its SHA-256, read by OCR and found by search; an encrypted case keeps none of it
 * readable on disk.
 */
class WitnessIntakeTest {
    static final String WORDS = "Sabemos dónde trabajas, Enrique";

    @TempDir
    Path tmp;

    CaseServices c;
    WitnessIntake intake;

    CaseServices open(Path dir) throws IOException {
        return CaseServices.init(dir);
    }

    @BeforeEach
    void aCase() throws IOException {
        c = open(tmp.resolve("case"));
        c.caseModel()
                .store()
                .savePerson(
                        new CasePerson("Enrique Balcázar", List.of("Kike"), Role.SUBJECT, "Migrant Justice", true, ""));
        intake = c.witness();
    }

    @AfterEach
    void close() {
        c.close();
    }

    static WitnessIntake.Form form(String witness, String saw) {
        return new WitnessIntake.Form(
                "es",
                witness,
                "802-555-0100",
                "arrest",
                "Kike, un señor de gorra",
                "dos agentes de ICE",
                saw,
                "30/11/2026",
                "5:05 pm",
                "",
                "Calle Main 12, Burlington",
                WORDS,
                "SUV blanca",
                "VT ABC-123",
                "ICE 4471");
    }

    WitnessIntake.Upload photo(String name, String text) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("upload-" + System.nanoTime()));
        return new WitnessIntake.Upload(WitnessPhoto.png(dir.resolve(name), text), name);
    }

    @Test
    void aStatementIsADraftThatNoChronologyClaimOrAnalysisSees() throws IOException {
        WitnessReport r = intake.submit(form("Ana Ruiz", "Dos agentes detuvieron a Enrique"), List.of());
        assertThat(r.isDraft()).isTrue();
        assertThat(r.date()).isEqualTo("2026-11-30");
        assertThat(r.time()).isEqualTo("17:05");
        assertThat(r.statement().when()).isEqualTo("30/11/2026, 5:05 pm");
        assertThat(intake.drafts()).extracting(WitnessReport::id).containsExactly(r.id());
        assertThat(c.caseModel().store().events()).isEmpty();
        assertThat(Chronology.rows(c.caseModel().store(), null)).isEmpty();
        assertThat(org.redress.application.casemodel.CaseAnalysis.events(
                        c.caseModel().store()))
                .isEmpty();
        assertThat(GapReport.of(c.caseModel().store()).toString()).doesNotContain("Ana Ruiz");
    }

    @Test
    void theReviewProposesTheKindAndTheNamesTheCaseKnows() throws IOException {
        WitnessReport r = intake.submit(form("Ana Ruiz", "Dos agentes detuvieron a Enrique"), List.of());
        WitnessIntake.EventFields p = intake.proposal(r);
        assertThat(p.kind()).isEqualTo("adverse.arrest");
        assertThat(p.targets()).isEqualTo("Enrique Balcázar"); // "Kike" is his alias; the stranger is left out
        assertThat(p.actors()).isEmpty();
        assertThat(p.date()).isEqualTo("2026-11-30");
        assertThat(p.place()).isEqualTo("Calle Main 12, Burlington");
    }

    @Test
    void acceptedItBecomesAnEventCitingTheWholeStatement() throws IOException {
        WitnessReport r = intake.submit(form("Ana Ruiz", "Dos agentes detuvieron a Enrique"), List.of());
        WitnessIntake.EventFields edited = new WitnessIntake.EventFields(
                "2026-11-30",
                "17:05",
                "adverse.arrest",
                "Enrique Balcázar",
                "",
                "",
                "Burlington",
                "Arrest at work",
                false);
        String id = intake.accept(r.id(), edited);
        CaseEvent e = c.caseModel().store().event(id).orElseThrow();
        assertThat(e.kind().code()).isEqualTo("adverse.arrest");
        assertThat(e.date().toString()).isEqualTo("2026-11-30T17:05");
        assertThat(e.people())
                .extracting(p -> p.name() + "/" + p.part())
                .containsExactly("Enrique Balcázar/" + Part.TARGET);
        assertThat(e.citations()).hasSize(1);
        Citation cited = e.citations().get(0);
        assertThat(cited.type()).isEqualTo(Citation.Type.WITNESS);
        assertThat(cited.statement().witness()).isEqualTo("Ana Ruiz");
        assertThat(cited.statement().words()).isEqualTo(WORDS);
        assertThat(cited.statement().saw()).contains("Dos agentes").contains("Kike, un señor de gorra");
        assertThat(cited.statement().vehicles()).isEqualTo("SUV blanca; plates: VT ABC-123");
        assertThat(cited.statement().badges()).isEqualTo("ICE 4471");
        assertThat(Chronology.rows(c.caseModel().store(), null)).hasSize(1);
        WitnessReport accepted = intake.report(r.id());
        assertThat(accepted.status()).isEqualTo(WitnessReport.Status.ACCEPTED);
        assertThat(accepted.eventId()).isEqualTo(id);
        assertThat(intake.drafts()).isEmpty();
        assertThatThrownBy(() -> intake.accept(r.id(), edited))
                .isInstanceOf(WitnessFormException.class)
                .hasMessageContaining("already accepted");
        assertThat(c.caseModel().store().events()).hasSize(1);
    }

    @Test
    void aBadEventIsRefusedAndTheDraftStaysADraft() throws IOException {
        WitnessReport r = intake.submit(form("Ana Ruiz", "Dos agentes"), List.of());
        WitnessIntake.EventFields noDate =
                new WitnessIntake.EventFields("", "", "adverse.arrest", "", "", "", "", "", false);
        assertThatThrownBy(() -> intake.accept(r.id(), noDate)).isInstanceOf(org.redress.core.UserMistake.class);
        assertThat(intake.report(r.id()).isDraft()).isTrue();
        assertThat(c.caseModel().store().events()).isEmpty();
    }

    @Test
    void rejectedItIsKeptWithItsReasonAndNeverEntersTheChronology() throws IOException {
        WitnessReport r = intake.submit(form("Ana Ruiz", "Dos agentes"), List.of());
        assertThatThrownBy(() -> intake.reject(r.id(), "  "))
                .isInstanceOf(WitnessFormException.class)
                .extracting(e -> ((WitnessFormException) e).key())
                .isEqualTo("reason");
        intake.reject(r.id(), "no es de este caso");
        WitnessReport rejected = intake.report(r.id());
        assertThat(rejected.status()).isEqualTo(WitnessReport.Status.REJECTED);
        assertThat(rejected.reason()).isEqualTo("no es de este caso");
        assertThat(rejected.statement().words()).isEqualTo(WORDS);
        assertThat(c.caseModel().store().events()).isEmpty();
        assertThat(intake.drafts()).isEmpty();
        assertThat(intake.reports()).hasSize(1);
    }

    @Test
    void aFormWithoutNameOrWhatWasSeenIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> intake.submit(form(" ", WORDS), List.of()))
                .isInstanceOf(WitnessFormException.class)
                .hasMessageNotContaining("Sabemos")
                .extracting(e -> ((WitnessFormException) e).key())
                .isEqualTo("witness");
        assertThatThrownBy(() -> intake.submit(form("Ana", ""), List.of()))
                .extracting(e -> ((WitnessFormException) e).key())
                .isEqualTo("saw");
        assertThat(intake.reports()).isEmpty();
        assertThatThrownBy(() -> intake.report(5)).isInstanceOf(NotFound.class);
    }

    @Test
    void aPhotoIsAnOriginalOfTheWitnessSourceWithItsSha256ReadAndSearchable() throws IOException {
        assumeTrue(Tesseract.find().isPresent(), "Tesseract is not installed: the photo's OCR cannot be tested here");
        WitnessIntake.Upload photo = photo("placa.png", "PLATE QXZ 9071");
        String sha = Sha256.of(photo.file());
        WitnessReport r = intake.submit(form("Ana Ruiz", "Dos agentes"), List.of(photo));
        assertThat(r.attachments()).singleElement().satisfies(a -> {
            assertThat(a.documentId()).isEqualTo(sha);
            assertThat(a.fileName()).isEqualTo("placa.png");
            assertThat(a.size()).isEqualTo(Files.size(photo.file()));
        });
        Source witness = c.documents().sources().stream()
                .filter(s -> s.name().equals(WitnessIntake.SOURCE))
                .findFirst()
                .orElseThrow();
        assertThat(c.documents().locationsOfSource(witness.id()))
                .extracting(Location::documentId, Location::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(sha, "placa.png"));
        assertThat(c.blobs().contains(sha)).isTrue();
        try (var in = c.blobs().open(sha)) {
            assertThat(Sha256.of(in)).isEqualTo(sha);
        }
        assertThat(c.documents().pages(sha)).singleElement().satisfies(p -> {
            assertThat(p.ocr()).isTrue();
            assertThat(p.text()).contains("QXZ");
        });
        assertThat(c.index().search(SearchQuery.of("QXZ", 10)).total()).isEqualTo(1);
        assertThat(intake.report(r.id()).attachments()).hasSize(1);
    }

    /** The same in an encrypted case, and then no word of the statement nor the photo's bytes are readable on disk. */
    @Nested
    class Encrypted {
        @Test
        void theStatementAndThePhotoAreStoredSealedAndStillWork() throws IOException {
            assumeTrue(
                    Tesseract.find().isPresent(), "Tesseract is not installed: the photo's OCR cannot be tested here");
            c.close();
            CaseKeyring.useKeyFile(Files.writeString(tmp.resolve("key"), "a long enough passphrase\n"));
            try {
                sealedCase();
            } finally {
                c.close();
                CaseKeyring.forgetAll();
                CaseKeyring.useKeyFile(null);
                c = CaseServices.init(tmp.resolve("plain-again"));
            }
        }

        private void sealedCase() throws IOException {
            c = CaseServices.init(tmp.resolve("sealed"), true);
            c.caseModel()
                    .store()
                    .savePerson(new CasePerson("Enrique Balcázar", List.of(), Role.SUBJECT, null, false, ""));
            intake = c.witness();
            WitnessIntake.Upload photo = photo("placa.png", "PLATE QXZ 9071");
            byte[] original = Files.readAllBytes(photo.file());
            WitnessReport r = intake.submit(form("Itzel Quetzalcanary", "Dos agentes"), List.of(photo));
            Files.delete(photo.file());
            assertThat(intake.report(r.id()).statement().words()).isEqualTo(WORDS);
            assertThat(c.index().search(SearchQuery.of("QXZ", 10)).total()).isEqualTo(1);
            String id = intake.accept(r.id(), intake.proposal(r));
            assertThat(c.caseModel()
                            .store()
                            .event(id)
                            .orElseThrow()
                            .citations()
                            .get(0)
                            .statement()
                            .witness())
                    .isEqualTo("Itzel Quetzalcanary");
            c.close();
            List<String> readable = readable(tmp.resolve("sealed"), original, "Quetzalcanary", "Sabemos", "ABC-123");
            c = CaseServices.open(tmp.resolve("sealed"));
            assertThat(readable).isEmpty();
            assertThat(c.witness().report(r.id()).statement().witness()).isEqualTo("Itzel Quetzalcanary");
        }

        /** The files under {@code dir} holding any of the words, or the photo's bytes. */
        private List<String> readable(Path dir, byte[] photo, String... words) throws IOException {
            List<String> out = new ArrayList<>();
            String head = new String(java.util.Arrays.copyOfRange(photo, 16, 64), StandardCharsets.ISO_8859_1);
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                    String utf8 = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                    for (String w : words) if (utf8.contains(w)) out.add(f + ": " + w);
                    if (bytes.contains(head)) out.add(f + ": the photo");
                }
            }
            return out;
        }
    }
}
