package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.casemodel.WitnessPhoto;
import org.redress.app.wiring.CaseServices;
import org.redress.application.casemodel.WitnessIntake;
import org.redress.core.audit.AuditEntry;
import org.redress.core.audit.RecordedEntry;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Role;
import org.redress.core.casemodel.WitnessReport;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Sha256;

/**
 * The witness form over HTTP on a served case: Spanish first, every field labelled, the filters of every form post,
 * a photo with a hostile name stored as an original of the witness source, the draft kept out of the chronology and its
 * exports until accepted, rejection with a reason, the limits on files, and the audit log and standard error (where the
 * logs go) without a word of the statement.
 */
class WitnessWebTest {
    static final String WORDS = "Te tenemos fichado, Zacarías Canariodeloro";

    @TempDir
    Path tmp;

    ServedCase served;
    Path dir;

    @BeforeEach
    void serve() throws Exception {
        dir = tmp.resolve("case");
        try (CaseServices c = CaseServices.init(dir)) {
            c.caseModel()
                    .store()
                    .savePerson(new CasePerson("Enrique Balcázar", List.of("Kike"), Role.SUBJECT, null, false, ""));
        }
        served = ServedCase.open(dir);
    }

    @AfterEach
    void stop() {
        served.close();
    }

    static Map<String, String> statement() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("lang", "es");
        f.put("witness", "Rosa M.");
        f.put("seen", "arrest");
        f.put("saw", "Dos agentes se llevaron a Kike en la parada del autobús");
        f.put("people", "Kike");
        f.put("officers", "dos agentes, chalecos de ICE");
        f.put("date", "2026-11-30");
        f.put("time", "07:40");
        f.put("where", "Parada de North Ave, Burlington");
        f.put("words", WORDS);
        f.put("vehicles", "SUV gris");
        f.put("plates", "VT QXZ-9071");
        f.put("badges", "4471");
        return f;
    }

    HttpResponse<String> html(String path, String acceptLanguage) throws Exception {
        return served.send(
                served.request(path).header("Accept-Language", acceptLanguage).GET());
    }

    @Test
    void theFormIsSpanishFirstWithALabelForEveryFieldAndEnglishOnRequest() throws Exception {
        HttpResponse<String> es = html("/witness", "en-US,en;q=0.9");
        assertThat(es.statusCode()).isEqualTo(200);
        String page = es.body();
        assertThat(page)
                .contains("<html lang=\"es\"")
                .contains("Cuéntenos lo que vio")
                .contains("Enviar mi declaración");
        assertThat(page).contains("enctype=\"multipart/form-data\"").contains("name=\"_csrf\"");
        // every field a person types into has a label naming it
        Matcher ids =
                Pattern.compile("<(?:input|textarea)[^>]*\\bid=\"(w-[a-z]+)\"").matcher(page);
        int fields = 0;
        while (ids.find()) {
            fields++;
            assertThat(page).as("label of " + ids.group(1)).contains("<label for=\"" + ids.group(1) + "\"");
        }
        assertThat(fields).isEqualTo(14);
        assertThat(page).contains("type=\"date\"").contains("type=\"time\"").contains("type=\"file\" multiple");
        String en = html("/witness?lang=en", "es").body();
        assertThat(en).contains("<html lang=\"en\"").contains("Tell us what you saw");
        // the layout's language switch leads back to the same page
        assertThat(en).contains("href=\"?lang=es\"");
    }

    @Test
    void aStatementWithAPhotoIsADraftOutsideTheChronologyUntilAccepted() throws Exception {
        byte[] png = Files.readAllBytes(WitnessPhoto.png(tmp.resolve("p.png"), "QXZ 9071"));
        String hostile = "../../etc/pass wd;rm -rf $HOME`x`<script>.png";
        HttpResponse<String> sent = served.send(new Multipart()
                .fields(statement())
                .file("files", hostile, "image/png", png)
                .file("files", "", "application/octet-stream", new byte[0]) // an input left empty
                .post(served, "/witness", true));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).hasValue("/witness/thanks?lang=es&files=1");
        String thanks = served.get("/witness/thanks?lang=es&files=1").body();
        assertThat(thanks)
                .contains("Gracias")
                .contains("Qué pasa ahora")
                .contains("Recibimos 1 archivo con ella, guardado tal como lo envió");
        assertThat(served.get("/witness/thanks?lang=en&files=1").body()).contains("What happens now");

        WitnessReport r = served.folder.witness().drafts().get(0);
        String sha = Sha256.of(png);
        assertThat(r.attachments()).singleElement().satisfies(a -> {
            assertThat(a.documentId()).isEqualTo(sha);
            assertThat(a.fileName()).isEqualTo("pass wd_rm -rf _HOME_x__script_.png");
        });
        long source = served.folder.documents().sources().stream()
                .filter(s -> s.name().equals(WitnessIntake.SOURCE))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(served.folder.documents().locationsOfSource(source))
                .extracting(Location::path)
                .containsExactly("pass wd_rm -rf _HOME_x__script_.png");
        assertThat(served.folder.blobs().contains(sha)).isTrue();

        // a draft: nowhere in the chronology, its exports, the events, the claims or the analyses
        for (String path : List.of(
                "/chronology",
                "/events",
                "/api/v1/events",
                "/api/v1/chronology?format=csv",
                "/api/v1/chronology?format=json",
                "/claims",
                "/api/v1/claims/gaps",
                "/api/v1/analysis/proximity")) {
            HttpResponse<String> a = served.get(path);
            assertThat(a.statusCode()).as(path).isEqualTo(200);
            assertThat(a.body()).as(path).doesNotContain("Rosa M.").doesNotContain("Canariodeloro");
        }
        // the review list and the draft
        assertThat(html("/witness/review", "es").body())
                .contains("Por revisar (1)")
                .contains("Rosa M.");
        String draft = html("/witness/review/" + r.id(), "es").body();
        assertThat(draft).contains(WORDS).contains("VT QXZ-9071").contains(sha).contains("Aceptar en la cronología");
        assertThat(draft).contains("value=\"Enrique Balcázar\""); // Kike, known as his alias, proposed as the target
        assertThat(draft).contains("value=\"2026-11-30\"").contains("value=\"07:40\"");

        Map<String, String> event = new LinkedHashMap<>();
        event.put("date", "2026-11-30");
        event.put("time", "07:40");
        event.put("kind", "adverse.arrest");
        event.put("people", "Enrique Balcázar");
        event.put("place", "North Ave, Burlington");
        event.put("description", "Arrested at the bus stop");
        HttpResponse<String> accepted = served.send(own("/witness/review/" + r.id() + "/accept", event));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(303);
        assertThat(accepted.headers().firstValue("Location")).hasValue("/witness/review?accepted=E1");
        String csv = served.get("/api/v1/chronology?format=csv").body();
        assertThat(csv).contains("Arrested at the bus stop").contains("Rosa M.");
        assertThat(served.get("/witness/review").body()).contains("E1");
        // accepted once: a second decision is refused and changes nothing
        HttpResponse<String> again = served.send(own("/witness/review/" + r.id() + "/reject", Map.of("reason", "x")));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(served.folder.caseModel().store().events()).hasSize(1);

        List<AuditEntry> audit = served.folder.audit().entries(null, null, java.time.ZoneOffset.UTC).stream()
                .map(RecordedEntry::entry)
                .toList();
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("witness.submit");
            assertThat(e.target()).isEqualTo(Long.toString(r.id()));
            assertThat(e.detail()).isEqualTo("attachments=1");
        });
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("witness.review");
            assertThat(e.detail()).isEqualTo("accept");
        });
        assertThat(audit.toString()).doesNotContain("Canariodeloro").doesNotContain("Rosa");
    }

    java.net.http.HttpRequest.Builder own(String path, Map<String, String> fields) {
        return served.form(path, fields).header("Origin", served.base());
    }

    @Test
    void aRejectedStatementNeedsAReasonAndIsKept() throws Exception {
        assertThat(served.send(new Multipart().fields(statement()).post(served, "/witness", true))
                        .statusCode())
                .isEqualTo(303);
        long id = served.folder.witness().drafts().get(0).id();
        HttpResponse<String> noReason = served.send(own("/witness/review/" + id + "/reject", Map.of("reason", " ")));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("rejected");
        HttpResponse<String> rejected =
                served.send(own("/witness/review/" + id + "/reject", Map.of("reason", "otro caso")));
        assertThat(rejected.statusCode()).isEqualTo(303);
        assertThat(served.get("/witness/review").body()).contains("otro caso");
        assertThat(served.folder.witness().report(id).statement().words()).isEqualTo(WORDS);
        assertThat(served.get("/chronology").body()).doesNotContain("Rosa M.");
        assertThat(served.get("/witness/review/999").statusCode()).isEqualTo(404);
        assertThat(served.get("/witness/review/..%2F..%2Fetc").statusCode()).isEqualTo(404);
    }

    @Test
    void aStatementPostPassesTheSameOriginAndFormTokenFilters() throws Exception {
        HttpResponse<String> noToken =
                served.send(new Multipart().fields(statement()).post(served, "/witness", false));
        assertThat(noToken.statusCode()).isEqualTo(403);
        HttpResponse<String> crossSite = served.send(new Multipart()
                .fields(statement())
                .post(served, "/witness", true)
                .setHeader("Origin", "https://evil.example"));
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(served.folder.witness().reports()).isEmpty();
    }

    @Test
    void aRefusedFormSaysWhyInItsLanguageKeepsWhatWasTypedAndLogsNoWord() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            Map<String, String> noName = statement();
            noName.put("witness", " ");
            HttpResponse<String> es = served.send(new Multipart().fields(noName).post(served, "/witness", true));
            assertThat(es.statusCode()).isEqualTo(400);
            assertThat(es.body()).contains("Escriba su nombre").contains(WORDS); // shown back to be sent again
            noName.put("lang", "en");
            noName.put("saw", "");
            noName.put("witness", "Rosa");
            HttpResponse<String> en = served.send(new Multipart().fields(noName).post(served, "/witness", true));
            assertThat(en.body()).contains("Please tell us what happened.");
            Multipart many = new Multipart().fields(statement());
            for (int i = 0; i < 11; i++)
                many.file("files", "f" + i + ".txt", "text/plain", ("note " + i).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> tooMany = served.send(many.post(served, "/witness", true));
            assertThat(tooMany.statusCode()).isEqualTo(400);
            assertThat(tooMany.body()).contains("Demasiados archivos");
            assertThat(served.folder.witness().reports()).isEmpty();
            // a statement that is taken, and a review refused on the way
            assertThat(served.send(new Multipart().fields(statement()).post(served, "/witness", true))
                            .statusCode())
                    .isEqualTo(303);
            long id = served.folder.witness().drafts().get(0).id();
            Map<String, String> unknown = new LinkedHashMap<>();
            unknown.put("date", "2026-11-30");
            unknown.put("kind", "adverse.arrest");
            unknown.put("people", "Nadie Canariodeloro");
            HttpResponse<String> refused = served.send(own("/witness/review/" + id + "/accept", unknown));
            assertThat(refused.statusCode()).isEqualTo(400);
        } finally {
            System.setErr(err);
        }
        assertThat(logged.toString(StandardCharsets.UTF_8))
                .doesNotContain("Canariodeloro")
                .doesNotContain("Rosa")
                .doesNotContain("Kike");
    }
}
