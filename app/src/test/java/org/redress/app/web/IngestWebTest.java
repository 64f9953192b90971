package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;

/**
 * Adding a production from the web: files and a zip uploaded, or a folder of this machine named; the ingest runs in
 * the background through the real pipeline (isolated readers, Lucene, SQLite), its progress polled to the end, and
 * the files that could not be read listed with their reasons.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestWebTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static ServedCase served;

    @BeforeAll
    static void start() throws IOException {
        Path caseDir = tmp.resolve("case");
        check(Cli.run("init", "--case", caseDir.toString()));
        check(Cli.run(
                "requests",
                "add",
                "--case",
                caseDir.toString(),
                "--law",
                "us-foia",
                "--agency",
                "U.S. Immigration and Customs Enforcement",
                "--subject",
                "DMV look-ups",
                "--filed",
                "2024-02-29",
                "--received",
                "2024-03-01",
                "--tracking",
                "2024-ICFO-00001",
                "--status",
                "processing"));
        served = ServedCase.open(caseDir);
    }

    @AfterAll
    static void stop() {
        if (served != null) served.close();
    }

    @Test
    @Order(1)
    void beforeAnyIngestTheProgressIsIdleAndThePageOffersTheForm() throws Exception {
        JsonNode p = progress();
        assertThat(p.get("state").asText()).isEqualTo("idle");
        String page = served.get("/ingest?lang=en").body();
        assertThat(page).contains("enctype=\"multipart/form-data\"", "name=\"_csrf\"", "for=\"ingest-folder\"");
        assertThat(served.get("/ingest?lang=es").body())
                .contains("Añadir una entrega", "Contraseñas de archivos cifrados");
    }

    @Test
    @Order(2)
    void uploadedFilesAndAZipAreIngestedToTheEndWithTheBrokenFileListed() throws Exception {
        Multipart form = new Multipart()
                .withFormToken()
                .field("source", "ICE production 2")
                .field("received", "2024-05-02")
                .field("passwords", "first one\r\nsecond\r\n")
                .file(
                        "files",
                        "memo about the vigil.txt",
                        "The field office memo about the vigil at the Statehouse.\n".getBytes(StandardCharsets.UTF_8))
                .file(
                        "files",
                        "../../broken.pdf",
                        "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.UTF_8))
                .file(
                        "files",
                        "members.zip",
                        zip(Map.of(
                                "inside/list.txt", "Surveillance list of the march organisers.\n",
                                "../../escaped.txt", "a member whose name climbs out of the zip\n")));
        HttpResponse<String> started = post(form);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
        assertThat(started.headers().firstValue("Location")).hasValue("/ingest");

        JsonNode end = waitForTheEnd();
        assertThat(end.get("state").asText()).as(end.toString()).isEqualTo("finished");
        assertThat(end.get("source").asText()).isEqualTo("ICE production 2");
        assertThat(end.get("filesTotal").asLong()).isEqualTo(3);
        assertThat(end.get("filesDone").asLong()).isEqualTo(3);
        assertThat(end.get("pages").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(end.get("failures").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode summary = end.get("summary");
        assertThat(summary.get("documentsNew").asLong()).isGreaterThanOrEqualTo(3); // memo, zip, its members
        JsonNode failure = failureOf(summary, "broken.pdf");
        assertThat(failure).as(summary.toString()).isNotNull();
        assertThat(failure.get("path").asText())
                .as("the hostile name lost its folders")
                .isEqualTo("broken.pdf");
        assertThat(failure.get("reason").asText()).isNotBlank().doesNotContain("Exception");

        // The page lists what could not be read, with the reason; the uploaded copies are gone from the work folder.
        String page = served.get("/ingest?lang=en").body();
        assertThat(page)
                .contains(
                        "id=\"ingest-failure-list\"",
                        "broken.pdf",
                        failure.get("reason").asText().substring(0, 10));
        try (Stream<Path> left = Files.list(served.folder.folder().workDir().resolve("uploads"))) {
            assertThat(left).isEmpty();
        }
        // Searchable as any production, by its source.
        JsonNode hits = JSON.readTree(served.get("/api/v1/search?q=vigil").body());
        assertThat(hits.get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(served.folder.documents().sources())
                .anySatisfy(s -> assertThat(s.name()).isEqualTo("ICE production 2"));
    }

    @Test
    @Order(3)
    void aFolderOfThisMachineAnsweringARequestBecomesItsProduction() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("production 3"));
        Files.writeString(folder.resolve("letter.txt"), "Letter from the agency about the records of the leaders.\n");
        Files.writeString(folder.resolve("log.txt"), "Log of look-ups in the DMV database.\n");
        HttpResponse<String> started = post(new Multipart()
                .withFormToken()
                .field("folder", " " + folder + " ")
                .field("request", "1")
                .field("received", "2024-06-01"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
        JsonNode end = waitForTheEnd();
        assertThat(end.get("state").asText()).as(end.toString()).isEqualTo("finished");
        assertThat(end.get("summary").get("filesNew").asLong()).isEqualTo(2);
        JsonNode request = JSON.readTree(served.get("/api/v1/requests/1").body());
        assertThat(request.toString()).contains("2024-ICFO-00001 production 1");
    }

    @Test
    @Order(4)
    void aSecondIngestWhileOneRunsIsRefusedPolitely() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("big"));
        for (int i = 0; i < 12; i++)
            Files.writeString(folder.resolve("page-" + i + ".txt"), "Record number " + i + "\n");
        assertThat(post(new Multipart().withFormToken().field("folder", folder.toString()))
                        .statusCode())
                .isEqualTo(303);
        // The isolated readers take seconds to start: the first ingest still runs when the second arrives.
        HttpResponse<String> second = post(new Multipart()
                .withFormToken()
                .field("folder", folder.toString())
                .field("source", "again"));
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("An ingest is already running (big)", "Only one runs at a time");
        assertThat(waitForTheEnd().get("state").asText()).isEqualTo("finished");
        assertThat(served.folder.documents().sources())
                .noneSatisfy(s -> assertThat(s.name()).isEqualTo("again"));
    }

    @Test
    @Order(5)
    void aFolderThatIsNotThereOrIsAFileOrNothingAtAllIsRefusedWithTheReason() throws Exception {
        HttpResponse<String> missing = post(new Multipart().withFormToken().field("folder", "/no/such/folder"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body())
                .contains("There is no folder '/no/such/folder' on this machine.")
                .as("what was typed is kept")
                .contains("value=\"/no/such/folder\"");
        Path file = Files.writeString(tmp.resolve("single.txt"), "one file\n");
        HttpResponse<String> notFolder = post(new Multipart().withFormToken().field("folder", file.toString()));
        assertThat(notFolder.statusCode()).isEqualTo(400);
        assertThat(notFolder.body()).contains("is a file, not a folder");
        HttpResponse<String> nothing = post(new Multipart().withFormToken().field("source", "empty"));
        assertThat(nothing.body()).contains("Choose the files of the production, or name a folder");
        HttpResponse<String> badDate = post(
                new Multipart().withFormToken().field("folder", tmp.toString()).field("received", "next tuesday"));
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("next tuesday");
        HttpResponse<String> noRequest = post(
                new Multipart().withFormToken().field("folder", tmp.toString()).field("request", "99"));
        assertThat(noRequest.body()).contains("There is no request '99' in this case.");
        assertThat(progress().get("state").asText()).as("nothing was started").isEqualTo("finished");
    }

    @Test
    @Order(6)
    void anUploadWithoutTheFormTokenIsRefused() throws Exception {
        HttpResponse<String> refused = post(new Multipart()
                .field("source", "forged")
                .file("files", "x.txt", "forged\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("form token");
    }

    @Test
    @Order(7)
    void anUploadOverTheLimitIsRefusedWithTheSizeAndTheLimit() throws Exception {
        check(Cli.run("init", "--case", tmp.resolve("case2").toString()));
        System.setProperty("redress.upload.limit-mb", "1");
        ServedCase small;
        try {
            small = ServedCase.open(tmp.resolve("case2"));
        } finally {
            System.clearProperty("redress.upload.limit-mb");
        }
        try (ServedCase s = small) {
            Multipart form = new Multipart().withFormToken().file("files", "big.bin", new byte[2 * 1024 * 1024]);
            HttpResponse<String> refused = s.send(s.request("/ingest?lang=en")
                    .header("Origin", s.base())
                    .header("Content-Type", form.contentType())
                    .POST(form.publisher()));
            assertThat(refused.statusCode()).isEqualTo(413);
            assertThat(refused.body()).contains("The upload is 2.0 MB; this server takes up to 1.0 MB at once");
        }
    }

    private static HttpResponse<String> post(Multipart form) throws Exception {
        return served.send(served.request("/ingest?lang=en")
                .header("Origin", served.base())
                .header("Content-Type", form.contentType())
                .POST(form.publisher()));
    }

    private static JsonNode progress() throws Exception {
        HttpResponse<String> r = served.get("/api/v1/ingest/progress");
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** Polls the progress as the page's script does, until the ingest is no longer running (or gives up). */
    private static JsonNode waitForTheEnd() throws Exception {
        for (int i = 0; i < 1200; i++) {
            JsonNode p = progress();
            if (!p.get("state").asText().equals("running")) return p;
            assertThat(p.get("filesDone").asLong())
                    .isLessThanOrEqualTo(Math.max(0, p.get("filesTotal").asLong()));
            Thread.sleep(250);
        }
        throw new AssertionError("the ingest did not end in five minutes: " + progress());
    }

    private static JsonNode failureOf(JsonNode summary, String path) {
        for (JsonNode f : summary.get("failures")) if (f.get("path").asText().endsWith(path)) return f;
        return null;
    }

    private static byte[] zip(Map<String, String> members) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : members.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void check(Cli.Run r) {
        if (r.code() != 0) throw new IllegalStateException(r.toString());
    }
}
