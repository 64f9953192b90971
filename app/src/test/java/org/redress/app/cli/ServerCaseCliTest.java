package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.app.cli.TestTeamServer.assertOk;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case commands on a team server (issue 13), end to end against the real PostgreSQL and OpenSearch the store and
 * search tests use (REDRESS_TEST_PG_URL, REDRESS_TEST_OS_URL; skipped with REDRESS_TEST_PG=skip or
 * REDRESS_TEST_OS=skip): a server file, two named cases initialised and ingested, searched, their status and a
 * document shown, and neither sees the other's pages. The cases' schemas and indices are dropped afterwards.
 */
class ServerCaseCliTest {
    /** Names of this run only, so a run never meets an earlier one's cases. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private static final String HARBOUR = "srvtest-harbour-" + RUN;
    private static final String ORCHARD = "srvtest_orchard_" + RUN;

    @TempDir
    static Path tmp;

    static TestTeamServer server;
    static Path serverFile;
    static JsonNode harbourIngest;
    static JsonNode harbourWorker;

    @BeforeAll
    static void twoCasesOnOneServer() throws IOException {
        server = TestTeamServer.in(tmp);
        serverFile = server.serverFile;

        Path harbourFiles = Files.createDirectories(tmp.resolve("harbour"));
        Files.writeString(harbourFiles.resolve("memo.txt"), "The harbour master logged the lighthouse repairs.\n");
        Files.writeString(harbourFiles.resolve("note.txt"), "Lighthouse keepers met the harbour board in March.\n");
        Files.writeString(harbourFiles.resolve("letter.txt"), "A letter about the ferry timetable.\n");
        Path orchardFiles = Files.createDirectories(tmp.resolve("orchard"));
        Files.writeString(orchardFiles.resolve("report.txt"), "The orchard inspector counted the walnut trees.\n");

        assertOk(Cli.run("init", "--server", serverFile.toString(), "--case", HARBOUR));
        assertOk(Cli.run("init", "--server", serverFile.toString(), "--case", ORCHARD));
        harbourIngest = assertOk(Cli.run(
                        "ingest",
                        "--server",
                        serverFile.toString(),
                        "--case",
                        HARBOUR,
                        "--json",
                        harbourFiles.toString()))
                .json();
        assertOk(Cli.run(
                "ingest", "--server", serverFile.toString(), "--case", ORCHARD, "--json", orchardFiles.toString()));
        // The ingest only queued the files; one worker over every case of the server reads them.
        harbourWorker = assertOk(Cli.run("worker", "--server", serverFile.toString(), "--once", "--json"))
                .json();
    }

    @AfterAll
    static void dropTheTestCases() throws Exception {
        if (serverFile == null) return; // skipped
        TestTeamServer.drop(HARBOUR, ORCHARD);
    }

    private static List<JsonNode> hits(Cli.Run run) {
        return StreamSupport.stream(assertOk(run).json().get("hits").spliterator(), false)
                .toList();
    }

    @Test
    void ingestQueuesEveryFileAndTheWorkerReadsEachOnce() {
        assertThat(harbourIngest.get("files").asLong()).isEqualTo(3);
        assertThat(harbourIngest.get("queued").asLong()).isEqualTo(3);
        assertThat(harbourWorker.get("done").asLong()).isEqualTo(4); // the harbour's 3 and the orchard's 1
        assertThat(harbourWorker.get("failed").asLong()).isZero();
    }

    @Test
    void searchFindsThePagesOfItsCaseWithStemsAndCounts() {
        Cli.Run run = server.on(HARBOUR, "search", "--json", "lighthouses");
        List<JsonNode> hits = hits(run);
        assertThat(hits).hasSize(2);
        assertThat(hits.stream().map(h -> h.get("path").asText()))
                .allMatch(p -> p.endsWith("memo.txt") || p.endsWith("note.txt"));
        assertThat(run.json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void twoCasesOnOneServerDoNotSeeEachOthersPages() {
        assertThat(hits(server.on(HARBOUR, "search", "--json", "walnut"))).isEmpty();
        assertThat(hits(server.on(ORCHARD, "search", "--json", "lighthouse"))).isEmpty();
        assertThat(hits(server.on(ORCHARD, "search", "--json", "walnut"))).hasSize(1);
        assertThat(assertOk(server.on(ORCHARD, "status", "--json"))
                        .json()
                        .get("documents")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void statusJsonCountsTheCaseOnTheServer() {
        JsonNode s = assertOk(server.on(HARBOUR, "status", "--json")).json();
        assertThat(s.get("documents").asLong()).isEqualTo(3);
        assertThat(s.get("pages").asLong()).isEqualTo(3);
        assertThat(s.get("indexedPages").asLong()).isEqualTo(3);
        assertThat(s.get("failures").asLong()).isZero();
        assertThat(s.get("queued").asLong()).isZero();
        assertThat(s.get("running").asLong()).isZero();
    }

    @Test
    void showPrintsADocumentFoundBySearch() {
        JsonNode hit = hits(server.on(HARBOUR, "search", "--json", "ferry")).get(0);
        String id = hit.get("documentId").asText();
        JsonNode doc = assertOk(server.on(HARBOUR, "show", "--json", id)).json();
        assertThat(doc.toString()).contains("ferry timetable");
        assertThat(doc.toString()).contains(id);
    }

    @Test
    void initAgainReopensTheCaseWithoutHarm() {
        assertOk(Cli.run("init", "--server", serverFile.toString(), "--case", HARBOUR));
        assertThat(assertOk(server.on(HARBOUR, "status", "--json"))
                        .json()
                        .get("documents")
                        .asLong())
                .isEqualTo(3);
    }

    @Test
    void eachCommandIsRecordedInTheCasesAuditLogOnTheServer() throws IOException {
        Path audit = tmp.resolve("blobs").resolve("case_srvtest_harbour_" + RUN).resolve("audit");
        long before = bytesUnder(audit);
        assertOk(server.on(HARBOUR, "status"));
        assertThat(bytesUnder(audit)).isGreaterThan(before);
    }

    private static long bytesUnder(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    @Test
    void aBadCaseNameIsAMistakeThatDoesNotRepeatIt() {
        Cli.Run run = Cli.run("status", "--server", serverFile.toString(), "--case", "../other case");
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("case name").doesNotContain("../other").doesNotContain("Exception");
    }

    @Test
    void aCaseNotOnTheServerIsAMistake() {
        Cli.Run run = server.on("srvtest-nowhere-" + RUN, "status");
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("no case named").doesNotContain("Exception");
    }

    @Test
    void aMissingServerFileIsAMistake() {
        Cli.Run run =
                Cli.run("status", "--server", tmp.resolve("absent.properties").toString(), "--case", HARBOUR);
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("no server file").doesNotContain("Exception");
    }

    @Test
    void aCommandNotYetOnServersSaysSoPlainly() {
        Cli.Run run = server.on(HARBOUR, "encrypt");
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.err())
                .contains("encrypt' does not work on a case on a server yet")
                .doesNotContain("Exception");
        Cli.Run nested = Cli.run("config", "list", "--server", serverFile.toString(), "--case", HARBOUR);
        assertThat(nested.code()).as(nested.toString()).isEqualTo(1);
        assertThat(nested.err())
                .contains("does not work on a case on a server yet")
                .doesNotContain("Exception");
    }
}
