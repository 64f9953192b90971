package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.app.cli.TestTeamServer.assertOk;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.Sha256;

/**
 * {@code redress requests produce} on a team server (issue 13), against the real PostgreSQL and OpenSearch: the
 * production is queued for the workers, not read by the command, and linked to its request at once; {@code status}
 * shows the workers' progress; once a worker has read the files, the production holds their documents and its custody
 * manifest names the request. Skipped with REDRESS_TEST_PG=skip or REDRESS_TEST_OS=skip.
 */
class ServerProductionCliTest {
    private static final String CASE = TestTeamServer.caseName("prodtest");
    private static final String TRACKING = "2025-ICFO-04417";

    @TempDir
    static Path tmp;

    static TestTeamServer server;

    @BeforeAll
    static void aCaseWithARequest() throws IOException {
        server = TestTeamServer.in(tmp);
        assertOk(server.on(CASE, "init"));
        assertOk(requests(
                "add",
                "--law",
                "us-foia",
                "--agency",
                "U.S. Immigration and Customs Enforcement",
                "--subject",
                "Surveillance of the vigil",
                "--filed",
                "2025-01-06",
                "--tracking",
                TRACKING));
    }

    private static Cli.Run requests(String command, String... args) {
        return grouped("requests", command, args);
    }

    private static Cli.Run export(String command, String... args) {
        return grouped("export", command, args);
    }

    /** {@code redress GROUP COMMAND ARGS} on the test's case. */
    private static Cli.Run grouped(String group, String command, String... args) {
        java.util.List<String> all = new java.util.ArrayList<>(
                java.util.List.of(group, command, "--server", server.serverFile.toString(), "--case", CASE));
        all.addAll(java.util.List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    @AfterAll
    static void dropTheCase() throws Exception {
        if (server != null) TestTeamServer.drop(CASE);
    }

    @Test
    void aProductionIsQueuedLinkedAtOnceAndHoldsItsDocumentsOnceTheWorkersReadThem() throws Exception {
        Path release = Files.createDirectories(tmp.resolve("release-1"));
        Files.writeString(release.resolve("memo.txt"), "Memo: agents photographed the vigil at the courthouse.\n");
        Files.writeString(release.resolve("log.txt"), "Log of the field office, week of the vigil.\n");
        String memo = Sha256.of(release.resolve("memo.txt"));

        JsonNode produced = assertOk(requests("produce", TRACKING, release.toString(), "--json"))
                .json();
        assertThat(produced.get("queued").get("files").asLong())
                .as(produced.toString())
                .isEqualTo(2);
        assertThat(produced.get("queued").get("queued").asLong()).isEqualTo(2);
        assertThat(produced.has("ingest")).as("nothing was read by the command").isFalse();
        JsonNode production = produced.get("production");
        String source = production.get("source").get("name").asText();
        assertThat(source).isEqualTo(TRACKING + " production 1");
        assertThat(production.get("documents").asInt()).isZero();

        JsonNode waiting = assertOk(server.on(CASE, "status", "--json")).json();
        assertThat(waiting.get("queued").asLong()).as(waiting.toString()).isEqualTo(2);
        assertThat(waiting.get("workers").get("queued").asLong()).isEqualTo(2);
        assertThat(waiting.get("workers").get("done").asLong()).isZero();
        assertThat(waiting.get("workers").get("secondsLeft").asLong())
                .as("no file finished yet: the time left cannot be said")
                .isEqualTo(-1);
        assertThat(assertOk(server.on(CASE, "status")).out()).contains("2 files queued for the workers, 0 being read");

        JsonNode worker = assertOk(
                        Cli.run("worker", "--server", server.serverFile.toString(), "--case", CASE, "--once", "--json"))
                .json();
        assertThat(worker.get("done").asLong()).as(worker.toString()).isEqualTo(2);

        JsonNode read = assertOk(server.on(CASE, "status", "--json")).json();
        assertThat(read.get("workers").get("done").asLong()).as(read.toString()).isEqualTo(2);
        assertThat(read.get("workers").get("queued").asLong()).isZero();
        assertThat(read.get("workers").get("finishedRecently").asLong()).isEqualTo(2);
        assertThat(read.get("workers").get("secondsLeft").asLong()).isZero();
        assertThat(assertOk(server.on(CASE, "status")).out()).doesNotContain("queued for the workers");

        JsonNode shown = assertOk(requests("show", TRACKING, "--json")).json();
        JsonNode listed = shown.get("productions").get(0);
        assertThat(listed.get("documentIds")).extracting(JsonNode::asText).contains(memo);
        String manifest = assertOk(export("manifest", "--source", source)).out();
        assertThat(manifest).contains(TRACKING, memo);

        // A second release is production 2, queued as well; the first keeps its own documents.
        Path second = Files.createDirectories(tmp.resolve("release-2"));
        Files.writeString(second.resolve("index.txt"), "Vaughn index of the withheld pages.\n");
        JsonNode again = assertOk(requests("produce", TRACKING, second.toString(), "--json"))
                .json();
        assertThat(again.get("production").get("source").get("name").asText()).isEqualTo(TRACKING + " production 2");
        assertThat(again.get("queued").get("queued").asLong()).isEqualTo(1);
    }
}
