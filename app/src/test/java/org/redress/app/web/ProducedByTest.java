package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;
import org.redress.app.wiring.CaseServices;
import org.redress.application.requests.ProducedBy;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;
import org.redress.core.corpus.Source;
import org.redress.core.requests.Production;
import org.redress.core.requests.Request;

/**
 * Every document knows which request produced it: a document of a production, an attachment inside a zip whose only
 * own location is a witness upload but whose container came in a production, and a document that came in no production.
 * Checked through `redress show` (plain and JSON), the document API and the document page, on a real case.
 */
class ProducedByTest {
    @TempDir
    static Path tmp;

    static Path caseDir;
    static CaseServices caseFolder;
    static Javalin server;
    static long requestId;
    static String letter, zip, attachment, unrelated;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    static String doc(CaseServices c, String text, String type) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String id = Sha256.of(bytes);
        c.documents()
                .saveExtraction(
                        new Document(
                                id,
                                bytes.length,
                                type,
                                text,
                                null,
                                null,
                                null,
                                "eng",
                                null,
                                ExtractionStatus.DONE,
                                null,
                                null,
                                1),
                        List.of(new Page(id, 1, text, false)));
        return id;
    }

    @BeforeAll
    static void setUp() throws Exception {
        caseDir = tmp.resolve("case");
        assertThat(Cli.run("init", "--case", caseDir.toString()).code()).isZero();
        caseFolder = CaseServices.open(caseDir);
        Request r = caseFolder
                .folder()
                .requests()
                .add(
                        Request.draft("us-foia", "Immigration and Customs Enforcement", "DMV records of <b>leaders</b>")
                                .toBuilder()
                                .trackingNumber("2018-ICFO-12345")
                                .build());
        requestId = r.id();
        Source production = caseFolder.documents().source("2018-ICFO-12345 production 1", LocalDate.of(2018, 2, 14));
        caseFolder
                .folder()
                .requests()
                .addProduction(new Production(
                        0,
                        requestId,
                        1,
                        production.id(),
                        null,
                        LocalDate.of(2018, 2, 14),
                        "ICE-2018-000001",
                        "ICE-2018-000040",
                        List.of("(b)(6)", "(b)(7)(C)")));
        Source upload = caseFolder.documents().source("witness upload", LocalDate.of(2018, 3, 1));

        letter = doc(caseFolder, "Cover letter of the release", "application/pdf");
        zip = doc(caseFolder, "emails.zip", "application/zip");
        attachment = doc(caseFolder, "Spreadsheet of DMV look-ups", "text/csv");
        unrelated = doc(caseFolder, "Photo from the march", "image/png");
        caseFolder.documents().addLocation(new Location(letter, production.id(), null, "cover.pdf"));
        caseFolder.documents().addLocation(new Location(zip, production.id(), null, "emails.zip"));
        // The attachment was first seen in a witness's copy of the archive; the archive itself also came in the
        // production.
        caseFolder.documents().addLocation(new Location(zip, upload.id(), null, "copy-of-emails.zip"));
        caseFolder.documents().addLocation(new Location(attachment, upload.id(), zip, "lookups.csv"));
        caseFolder.documents().addLocation(new Location(unrelated, upload.id(), null, "march.png"));
        caseFolder.close();
    }

    /** The CLI opens the case itself, so the folder is open only while a test holds it. */
    static void open() throws Exception {
        caseFolder = CaseServices.open(caseDir);
        server = new WebServer(caseFolder, TestAccess.TOKEN, java.util.List.of()).start("127.0.0.1", 0);
    }

    @AfterEach
    void close() {
        if (server != null) server.stop();
        if (caseFolder != null) caseFolder.close();
        server = null;
        caseFolder = null;
    }

    static HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(
                TestAccess.authorized(URI.create("http://127.0.0.1:" + server.port() + path))
                        .header("Accept-Language", language)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aChildKnowsTheProductionItsContainerCameIn() throws Exception {
        open();
        List<ProducedBy> direct =
                ProducedBy.of(caseFolder.documents(), caseFolder.folder().requests(), letter);
        assertThat(direct).singleElement().satisfies(p -> {
            assertThat(p.requestId()).isEqualTo(requestId);
            assertThat(p.trackingNumber()).isEqualTo("2018-ICFO-12345");
            assertThat(p.production()).isEqualTo(1);
            assertThat(p.bates()).isEqualTo(new ProducedBy.Bates("ICE-2018-000001", "ICE-2018-000040"));
            assertThat(p.via()).isNull();
        });
        // Its own only location is in the witness upload: without walking up to the zip it would have no request.
        assertThat(caseFolder.folder().requests().productionsOfDocument(attachment))
                .isEmpty();
        assertThat(ProducedBy.of(caseFolder.documents(), caseFolder.folder().requests(), attachment))
                .singleElement()
                .satisfies(p -> assertThat(p.via()).isEqualTo(zip));
        assertThat(ProducedBy.of(caseFolder.documents(), caseFolder.folder().requests(), unrelated))
                .isEmpty();
    }

    @Test
    void showPlainAndJson() throws Exception {
        Cli.Run plain = Cli.run("show", "--case", caseDir.toString(), attachment.substring(0, 10));
        assertThat(plain.code()).as(plain.toString()).isZero();
        assertThat(plain.out())
                .contains(
                        "Produced by:",
                        "2018-ICFO-12345 (request " + requestId
                                + "), us-foia, Immigration and Customs Enforcement: production 1",
                        "Bates ICE-2018-000001–ICE-2018-000040",
                        "(b)(6) (b)(7)(C)",
                        "inside " + zip.substring(0, 12));

        Cli.Run js = Cli.run("show", "--case", caseDir.toString(), "--json", letter);
        assertThat(js.code()).as(js.toString()).isZero();
        JsonNode p = js.json().get("producedBy").get(0);
        assertThat(p.get("requestId").asLong()).isEqualTo(requestId);
        assertThat(p.get("trackingNumber").asText()).isEqualTo("2018-ICFO-12345");
        assertThat(p.get("law").asText()).isEqualTo("us-foia");
        assertThat(p.get("agency").asText()).isEqualTo("Immigration and Customs Enforcement");
        assertThat(p.get("production").asInt()).isEqualTo(1);
        assertThat(p.get("bates").get("from").asText()).isEqualTo("ICE-2018-000001");
        assertThat(p.get("exemptions").toString()).isEqualTo("[\"(b)(6)\",\"(b)(7)(C)\"]");

        Cli.Run none = Cli.run("show", "--case", caseDir.toString(), "--json", unrelated);
        assertThat(none.json().get("producedBy").isArray()).isTrue();
        assertThat(none.json().get("producedBy")).isEmpty();
        assertThat(Cli.run("show", "--case", caseDir.toString(), unrelated).out())
                .doesNotContain("Produced by");
    }

    @Test
    void apiAndPageInBothLanguages() throws Exception {
        open();
        JsonNode d = json.readTree(get("/api/v1/documents/" + attachment, "en").body());
        assertThat(d.get("producedBy").get(0).get("trackingNumber").asText()).isEqualTo("2018-ICFO-12345");
        assertThat(d.get("producedBy").get(0).get("via").asText()).isEqualTo(zip);

        String en = get("/documents/" + attachment, "en").body();
        assertThat(en)
                .contains(
                        "Produced in answer to",
                        "href=\"/requests/" + requestId + "\">2018-ICFO-12345</a>",
                        "production 1",
                        "ICE-2018-000001–ICE-2018-000040",
                        "(b)(6) (b)(7)(C)",
                        "href=\"/documents/" + zip + "\">inside this container");
        String es = get("/documents/" + letter, "es").body();
        assertThat(es).contains("Entregado en respuesta a", "entrega 1").doesNotContain("dentro de este contenedor");
        assertThat(get("/documents/" + unrelated, "en").body()).doesNotContain("Produced in answer to");
    }
}
