package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.app.cli.TestTeamServer.assertOk;
import static org.redress.app.cli.TestTeamServer.jdbi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest queue of a team server (issue 13) end to end, against the real PostgreSQL and OpenSearch (as
 * {@link ServerCaseCliTest}): files queued by {@code ingest --server}, read in batches by {@code worker} processes
 * started in parallel, a job whose worker was killed (its lease expired) read by the next worker, and the same file queued twice
 * read once. Skipped with REDRESS_TEST_PG=skip or REDRESS_TEST_OS=skip.
 */
class ServerWorkerCliTest {
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String PARALLEL = "wrktest_parallel_" + RUN;
    private static final String LEASED = "wrktest_leased_" + RUN;
    private static final String SECOND = "wrktest_second_" + RUN;
    private static final String BROKEN = "wrktest_broken_" + RUN;
    private static final int FILES = 12;

    @TempDir
    static Path tmp;

    static TestTeamServer server;
    static Path serverFile;

    @BeforeAll
    static void aServerFile() throws IOException {
        server = TestTeamServer.in(tmp);
        serverFile = server.serverFile;
    }

    @AfterAll
    static void dropTheTestCases() throws Exception {
        if (serverFile == null) return;
        TestTeamServer.drop(PARALLEL, LEASED, SECOND, BROKEN);
    }

    /** A production of {@code n} text files, each naming its own number, and one more copy of the first. */
    private static Path production(String name, int n) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        for (int i = 0; i < n; i++)
            Files.writeString(
                    dir.resolve("memo-" + i + ".txt"), "Memo number m" + i + " about the harbour dredging.\n");
        Files.writeString(dir.resolve("copy-of-memo-0.txt"), "Memo number m0 about the harbour dredging.\n");
        return dir;
    }

    /** {@code redress worker …} in a JVM of its own, as on another machine. */
    private static Process workerProcess(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "worker",
                "--server",
                serverFile.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectError(Files.createTempFile(tmp, "worker", ".err").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
    }

    private static List<String> failures(String caseName) {
        return jdbi().withHandle(h -> h.createQuery(
                        "SELECT coalesce(failure, state) FROM case_" + caseName + ".file_job WHERE state <> 'done'")
                .mapTo(String.class)
                .list());
    }

    private static String errors() throws IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(tmp)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".err")).toList()) all.append(Files.readString(f));
        }
        return all.toString();
    }

    private static JsonNode finished(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("the worker finished").isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return new ObjectMapper().readTree(out);
    }

    @Test
    void twoWorkersInParallelReadEveryQueuedFileExactlyOnce() throws Exception {
        assertOk(Cli.run("init", "--server", serverFile.toString(), "--case", PARALLEL));
        Path files = production("parallel", FILES);
        JsonNode queued = assertOk(server.on(PARALLEL, "ingest", "--json", files.toString()))
                .json();
        assertThat(queued.get("files").asLong()).isEqualTo(FILES + 1);
        // the copy is a file of the production too: its own job, whose content is read once
        assertThat(queued.get("queued").asLong()).isEqualTo(FILES + 1);
        JsonNode again = assertOk(server.on(PARALLEL, "ingest", "--json", files.toString()))
                .json();
        assertThat(again.get("queued").asLong()).isZero(); // queued twice: still one job per file
        JsonNode waiting = assertOk(server.on(PARALLEL, "status", "--json")).json();
        assertThat(waiting.get("queued").asLong()).isEqualTo(FILES + 1);
        assertThat(waiting.get("documents").asLong()).isZero();

        Process first = workerProcess("--case", PARALLEL, "--once", "--json", "--threads", "2");
        Process second = workerProcess("--case", PARALLEL, "--once", "--json", "--batch", "3");
        JsonNode a = finished(first);
        JsonNode b = finished(second);
        assertThat(a.get("done").asLong() + b.get("done").asLong())
                .as(a + " " + b + " " + failures(PARALLEL) + errors())
                .isEqualTo(FILES + 1);
        assertThat(a.get("failed").asLong() + b.get("failed").asLong()).isZero();

        JsonNode status = assertOk(server.on(PARALLEL, "status", "--json")).json();
        assertThat(status.get("documents").asLong()).isEqualTo(FILES);
        assertThat(status.get("pages").asLong()).isEqualTo(FILES);
        assertThat(status.get("indexedPages").asLong()).isEqualTo(FILES);
        assertThat(status.get("queued").asLong()).isZero();
        assertThat(status.get("running").asLong()).isZero();
        assertThat(locations(PARALLEL)).isEqualTo(FILES + 1); // the copy's place is kept
        // the worker that read the last file signed the production's manifest, once
        JsonNode custody = assertOk(server.on(PARALLEL, "verify", "--json")).json();
        assertThat(custody.get("manifests").asLong()).as(custody.toString()).isEqualTo(1);
        assertThat(custody.get("intact").asBoolean()).as(custody.toString()).isTrue();
        JsonNode hits =
                assertOk(server.on(PARALLEL, "search", "--json", "dredging")).json();
        assertThat(hits.get("total").asLong()).isEqualTo(FILES);
        Set<String> documents = new HashSet<>();
        hits.get("hits").forEach(h -> documents.add(h.get("documentId").asText()));
        assertThat(documents).hasSize(FILES); // no document twice
        assertThat(assertOk(server.on(PARALLEL, "search", "--json", "m0"))
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
    }

    /** The same email released by a second agency: read once, found in both productions, each with its manifest. */
    @Test
    void theSameContentInASecondProductionIsFoundInBoth() throws Exception {
        assertOk(Cli.run("init", "--server", serverFile.toString(), "--case", SECOND));
        Path first = production("first", 2);
        Path second = Files.createDirectories(tmp.resolve("second"));
        Files.copy(first.resolve("memo-1.txt"), second.resolve("forwarded.txt"));
        assertOk(server.on(SECOND, "ingest", "--json", first.toString()));
        assertOk(Cli.run("worker", "--server", serverFile.toString(), "--case", SECOND, "--once"));
        JsonNode queued = assertOk(server.on(SECOND, "ingest", "--json", "--source", "agency B", second.toString()))
                .json();
        assertThat(queued.get("queued").asLong()).isEqualTo(1);
        assertOk(Cli.run("worker", "--server", serverFile.toString(), "--case", SECOND, "--once"));

        JsonNode status = assertOk(server.on(SECOND, "status", "--json")).json();
        assertThat(status.get("sources").asLong()).isEqualTo(2);
        assertThat(status.get("documents").asLong()).isEqualTo(2);
        assertThat(locations(SECOND)).isEqualTo(4); // memo-0, memo-1 and its copy in "first"; forwarded.txt in B
        JsonNode found = assertOk(server.on(SECOND, "search", "--json", "m1")).json();
        assertThat(found.get("facets").get("source").toString()).contains("agency B", "first");
        JsonNode custody = assertOk(server.on(SECOND, "verify", "--json")).json();
        assertThat(custody.get("manifests").asLong()).as(custody.toString()).isEqualTo(2);
        assertThat(custody.get("intact").asBoolean()).as(custody.toString()).isTrue();

        // ingest run again after all was read: nothing queued, and the manifests stay as they are
        assertThat(assertOk(server.on(SECOND, "ingest", "--json", "--source", "agency B", second.toString()))
                        .json()
                        .get("queued")
                        .asLong())
                .isZero();
        assertThat(assertOk(server.on(SECOND, "verify", "--json"))
                        .json()
                        .get("manifests")
                        .asLong())
                .isEqualTo(2);
    }

    private static long locations(String caseName) {
        return jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM case_" + caseName + ".locations")
                .mapTo(Long.class)
                .one());
    }

    @Test
    void aJobWhoseWorkerWasKilledIsReadByTheNextWorker() throws Exception {
        assertOk(Cli.run("init", "--server", serverFile.toString(), "--case", LEASED));
        Path files = production("leased", 2);
        assertOk(server.on(LEASED, "ingest", "--json", files.toString()));
        String table = "case_" + LEASED + ".file_job"; // this test's name: safe in the SQL
        // A worker holds memo-0 now (a live lease), as a running worker does.
        jdbi().useHandle(h -> h.execute("UPDATE " + table + " SET state = 'running', lease_owner = 'killed-worker',"
                + " lease_expires = now() + interval '1 hour', attempts = 1 WHERE display_path LIKE '%/memo-0.txt'"));
        JsonNode holding = assertOk(server.on(LEASED, "status", "--json")).json();
        assertThat(holding.get("running").asLong()).isEqualTo(1);
        assertThat(holding.get("queued").asLong()).isEqualTo(2); // memo-1 and the copy of memo-0
        // Then it is killed with kill -9: nothing tells the queue, its lease runs out.
        jdbi().useHandle(h -> h.execute("UPDATE " + table + " SET lease_expires = now() - interval '1 minute'"
                + " WHERE lease_owner = 'killed-worker'"));
        JsonNode expired = assertOk(server.on(LEASED, "status", "--json")).json();
        assertThat(expired.get("running").asLong()).isZero();
        assertThat(expired.get("queued").asLong()).isEqualTo(3);

        JsonNode worked = assertOk(
                        Cli.run("worker", "--server", serverFile.toString(), "--case", LEASED, "--once", "--json"))
                .json();
        assertThat(worked.get("done").asLong()).isEqualTo(3);
        JsonNode status = assertOk(server.on(LEASED, "status", "--json")).json();
        assertThat(status.get("documents").asLong()).isEqualTo(2);
        assertThat(status.get("queued").asLong()).isZero();
        assertThat(status.get("running").asLong()).isZero();
        long attempts = jdbi().withHandle(
                        h -> h.createQuery("SELECT attempts FROM " + table + " WHERE display_path LIKE '%/memo-0.txt'")
                                .mapTo(Long.class)
                                .one());
        assertThat(attempts).isEqualTo(2);
    }

    /** A batch whose run fails is read again file by file: the file at fault fails alone, the others are read. */
    @Test
    void aFileThatFailsItsBatchFailsAloneAndTheRestOfTheBatchIsRead() throws Exception {
        assertOk(Cli.run("init", "--server", serverFile.toString(), "--case", BROKEN));
        Path files = production("broken", 3);
        assertOk(server.on(BROKEN, "ingest", "--json", files.toString()));
        // memo-2's original is lost from the blob store (a disk fault): the batch's run cannot copy it
        String sha = org.redress.core.corpus.Sha256.of(files.resolve("memo-2.txt"));
        Files.delete(tmp.resolve("blobs")
                .resolve("case_" + BROKEN)
                .resolve("originals")
                .resolve(sha.substring(0, 2))
                .resolve(sha.substring(2, 4))
                .resolve(sha));

        JsonNode worked = assertOk(Cli.run(
                        "worker",
                        "--server",
                        serverFile.toString(),
                        "--case",
                        BROKEN,
                        "--once",
                        "--json",
                        "--batch",
                        "10"))
                .json();
        assertThat(worked.get("done").asLong()).as(worked.toString()).isEqualTo(3);
        assertThat(worked.get("failed").asLong()).isEqualTo(1);
        List<String> failed = jdbi().withHandle(h -> h.createQuery(
                        "SELECT display_path FROM case_" + BROKEN + ".file_job WHERE state = 'failed'")
                .mapTo(String.class)
                .list());
        assertThat(failed).containsExactly("broken/memo-2.txt");
        JsonNode status = assertOk(server.on(BROKEN, "status", "--json")).json();
        assertThat(status.get("documents").asLong()).isEqualTo(2); // memo-0 (and its copy) and memo-1
        assertThat(status.get("indexedPages").asLong()).isEqualTo(2);
        assertThat(status.get("queued").asLong()).isZero();
        assertThat(status.get("running").asLong()).isZero();
    }

    @Test
    void anEmbeddedCaseHasNothingQueuedOrRunning() {
        Path dir = tmp.resolve("embedded");
        assertOk(Cli.run("init", "--case", dir.toString()));
        JsonNode status =
                assertOk(Cli.run("status", "--case", dir.toString(), "--json")).json();
        assertThat(status.get("queued").asLong()).isZero();
        assertThat(status.get("running").asLong()).isZero();
    }
}
