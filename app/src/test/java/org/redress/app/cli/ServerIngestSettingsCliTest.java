package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.app.cli.TestTeamServer.assertOk;
import static org.redress.app.cli.TestTeamServer.jdbi;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest --entities} and {@code --passwords} on a team server (issue 13), end to end against the real
 * PostgreSQL and OpenSearch: what the person chose travels with each job to the worker, which opens a locked PDF with
 * the passwords and finds the people named on the new pages, while the queue never holds a password in the clear.
 * Skipped with REDRESS_TEST_PG=skip or REDRESS_TEST_OS=skip.
 */
class ServerIngestSettingsCliTest {
    private static final String CASE = "settest_" + UUID.randomUUID().toString().substring(0, 8);
    private static final String PASSWORD = "tulip-harbour-1987";

    @TempDir
    static Path tmp;

    static TestTeamServer server;

    @BeforeAll
    static void aServerFile() throws IOException {
        server = TestTeamServer.in(tmp, "server.properties", "secrets.key.file = machine/secrets.key\n");
    }

    @AfterAll
    static void dropTheTestCase() throws Exception {
        if (server != null) TestTeamServer.drop(CASE);
    }

    @Test
    void theWorkerReadsALockedPdfWithTheQueuedPasswordsAndFindsThePeopleOnTheNewPages() throws IOException {
        Path production = Files.createDirectories(tmp.resolve("production"));
        Files.writeString(
                production.resolve("minutes.txt"),
                "John Miller of the Vermont State Police met Sarah Connolly in Montpelier on Monday.\n");
        lockedPdf(production.resolve("affidavit.pdf"), "The sealed affidavit of the officer.", PASSWORD);
        Path passwords = Files.writeString(tmp.resolve("passwords.txt"), "wrong-one\n" + PASSWORD + "\n");

        assertOk(server.on(CASE, "init"));
        JsonNode queued = assertOk(server.on(
                        CASE,
                        "ingest",
                        "--json",
                        "--entities",
                        "--passwords",
                        passwords.toString(),
                        "--timeout",
                        "300",
                        production.toString()))
                .json();
        assertThat(queued.get("queued").asLong()).isEqualTo(2);
        List<String> settings = jdbi().withHandle(h -> h.createQuery("SELECT settings FROM case_" + CASE + ".file_job")
                .mapTo(String.class)
                .list());
        assertThat(settings)
                .hasSize(2)
                .allSatisfy(s -> assertThat(s)
                        .contains("\"entities\":true", "\"timeoutSeconds\":300")
                        .doesNotContain(PASSWORD, "wrong-one"));

        JsonNode worker = assertOk(
                        Cli.run("worker", "--server", server.serverFile.toString(), "--case", CASE, "--once", "--json"))
                .json();
        assertThat(worker.get("done").asLong()).as(worker.toString()).isEqualTo(2);
        assertThat(worker.get("failed").asLong()).isZero();
        assertThat(assertOk(server.on(CASE, "search", "--json", "affidavit"))
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1); // opened with the second password
        JsonNode status = assertOk(server.on(CASE, "status", "--json")).json();
        assertThat(status.get("failures").asLong()).as(status.toString()).isZero();
        JsonNode entities = assertOk(
                        Cli.run("entities", "list", "--server", server.serverFile.toString(), "--case", CASE, "--json"))
                .json();
        assertThat(entities.toString()).contains("John Miller", "Sarah Connolly");
    }

    @Test
    void aPasswordsFileThatIsNotThereIsRefusedBeforeAnythingIsQueued() throws IOException {
        assertOk(server.on(CASE, "init"));
        Path one = Files.createDirectories(tmp.resolve("one"));
        Files.writeString(one.resolve("note.txt"), "A note.\n");
        Cli.Run run = server.on(
                CASE, "ingest", "--passwords", tmp.resolve("missing.txt").toString(), one.toString());
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("does not exist");
        Long jobs = jdbi().withHandle(h -> h.createQuery(
                        "SELECT count(*) FROM case_" + CASE + ".file_job WHERE display_path LIKE '%note.txt'")
                .mapTo(Long.class)
                .one());
        assertThat(jobs).isZero();
    }

    private static void lockedPdf(Path file, String text, String password) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(60, 720);
                cs.showText(text);
                cs.endText();
            }
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
    }
}
