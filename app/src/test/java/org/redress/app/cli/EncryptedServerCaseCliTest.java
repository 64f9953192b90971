package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.app.cli.TestTeamServer.assertOk;
import static org.redress.app.cli.TestTeamServer.jdbi;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An encrypted case on a team server (issues 9 and 13) end to end, against the real PostgreSQL and OpenSearch: its key
 * opens only with the server's secrets key, kept outside the blob store; a production queued and read by a worker is
 * searchable, while neither the case's folder on the blob store nor its database schema holds a word of it or a name
 * of its files; a machine without the secrets key, or with another one, opens nothing. Skipped with
 * REDRESS_TEST_PG=skip or REDRESS_TEST_OS=skip.
 */
class EncryptedServerCaseCliTest {
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String SEALED = "enctest_sealed_" + RUN;
    private static final String PLAIN = "enctest_plain_" + RUN;
    private static final String REFUSED = "enctest_refused_" + RUN;
    private static final String MOVED = "enctest_moved_" + RUN;
    /** Words of the production and a name of one of its files: nowhere in the clear but in OpenSearch. */
    private static final String PHRASE = "Quetzalcoatl roundtable";

    private static final String FILE_NAME = "informant-zyxwvut-ledger.txt";

    @TempDir
    static Path tmp;

    /** Secrets key outside the blob store: the server as an encrypted case needs it. */
    static TestTeamServer server;
    /** The default secrets key, inside the blob store. */
    static TestTeamServer defaults;

    @BeforeAll
    static void serverFiles() throws IOException {
        defaults = TestTeamServer.in(tmp);
        server = TestTeamServer.in(tmp, "keyed.properties", "secrets.key.file = machine/secrets.key\n");
    }

    @AfterAll
    static void dropTheTestCases() throws Exception {
        if (server == null) return;
        TestTeamServer.drop(SEALED, PLAIN, REFUSED, MOVED);
    }

    @Test
    void aProductionReadByAWorkerIsSearchableAndNothingOfItIsInTheClearOnTheBlobStoreOrInTheDatabase()
            throws IOException {
        Cli.Run init = assertOk(server.on(SEALED, "init", "--encrypt"));
        assertThat(init.out()).contains("Encrypted case").contains("secrets.key.file");
        assertThat(tmp.resolve("blobs/case_" + SEALED + "/keys/server-case-key"))
                .isRegularFile();
        Path production = Files.createDirectories(tmp.resolve("production"));
        Files.writeString(
                production.resolve(FILE_NAME), "Minutes of the " + PHRASE + " with the tenants' union, March 2019.\n");
        Files.writeString(production.resolve("memo.txt"), "A memo on the " + PHRASE + " and its speakers.\n");

        JsonNode queued = assertOk(server.on(SEALED, "ingest", "--json", production.toString()))
                .json();
        assertThat(queued.get("queued").asLong()).isEqualTo(2);
        assertThat(clearTextInTheDatabase(SEALED)).as("the queue's rows").isEmpty();
        assertOk(Cli.run("worker", "--server", server.serverFile.toString(), "--case", SEALED, "--once"));

        JsonNode status = assertOk(server.on(SEALED, "status", "--json")).json();
        assertThat(status.get("documents").asLong()).isEqualTo(2);
        assertThat(status.get("queued").asLong()).isZero();
        JsonNode hits =
                assertOk(server.on(SEALED, "search", "--json", "Quetzalcoatl")).json();
        assertThat(hits.get("total").asLong()).isEqualTo(2);
        assertThat(hits.toString()).contains(FILE_NAME);
        assertThat(assertOk(Cli.run("audit", "verify", "--server", server.serverFile.toString(), "--case", SEALED))
                        .out())
                .doesNotContain(PHRASE);
        JsonNode custody = assertOk(server.on(SEALED, "verify", "--json")).json();
        assertThat(custody.get("intact").asBoolean()).as(custody.toString()).isTrue();

        assertThat(clearTextUnder(tmp.resolve("blobs/case_" + SEALED))).isEmpty();
        assertThat(clearTextInTheDatabase(SEALED)).isEmpty();
        // the same production in a plain case, to show both checks can find it
        assertOk(server.on(PLAIN, "init"));
        assertOk(server.on(PLAIN, "ingest", production.toString()));
        assertOk(Cli.run("worker", "--server", server.serverFile.toString(), "--case", PLAIN, "--once"));
        assertThat(clearTextUnder(tmp.resolve("blobs/case_" + PLAIN))).isNotEmpty();
        assertThat(clearTextInTheDatabase(PLAIN)).isNotEmpty();
        // a plain case moved into a new encrypted one, the way the README gives for encrypting a server case
        Path archive = tmp.resolve("plain-case.zip");
        String file = server.serverFile.toString();
        assertOk(Cli.run("case", "export", "--server", file, "--case", PLAIN, "--to", archive.toString(), "--plain"));
        assertOk(Cli.run("case", "import", "--server", file, "--case", MOVED, "--encrypt", archive.toString()));
        assertThat(assertOk(server.on(MOVED, "search", "--json", "Quetzalcoatl"))
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(2);
        assertThat(clearTextUnder(tmp.resolve("blobs/case_" + MOVED))).isEmpty();
        assertThat(clearTextInTheDatabase(MOVED)).isEmpty();

        // another machine: no copy of the secrets key, then a key of its own
        TestTeamServer elsewhere =
                TestTeamServer.in(tmp, "elsewhere.properties", "secrets.key.file = other/secrets.key\n");
        Cli.Run noKey = elsewhere.on(SEALED, "search", "Quetzalcoatl");
        assertThat(noKey.code()).as(noKey.toString()).isEqualTo(1);
        assertThat(noKey.err()).contains("no copy of the server's secrets key").doesNotContain("Exception");
        assertThat(tmp.resolve("other/secrets.key")).doesNotExist(); // not made on the way: it would open nothing
        Cli.Run noWorker = Cli.run("worker", "--server", elsewhere.serverFile.toString(), "--case", SEALED, "--once");
        assertThat(noWorker.code()).as(noWorker.toString()).isEqualTo(1);
        Files.createDirectories(tmp.resolve("other"));
        Files.write(tmp.resolve("other/secrets.key"), new byte[32]);
        Cli.Run wrongKey = elsewhere.on(SEALED, "status");
        assertThat(wrongKey.code()).as(wrongKey.toString()).isEqualTo(1);
        assertThat(wrongKey.err()).contains("does not open with this machine's server secrets key");
        assertThat(wrongKey.err() + wrongKey.out()).doesNotContain(PHRASE);

        // init again reopens it, encrypted; a plain case is not turned into an encrypted one by asking
        assertOk(server.on(SEALED, "init"));
        Cli.Run convert = server.on(PLAIN, "init", "--encrypt");
        assertThat(convert.code()).as(convert.toString()).isEqualTo(1);
        assertThat(convert.err()).contains("cannot be encrypted");
    }

    @Test
    void anEncryptedCaseIsRefusedWhileTheSecretsKeyIsInsideTheBlobStore() {
        Cli.Run run = defaults.on(REFUSED, "init", "--encrypt");
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("outside blobs.dir").doesNotContain("Exception");
        assertThat(tmp.resolve("blobs/case_" + REFUSED)).doesNotExist();
        Long schemas = jdbi().withHandle(
                        h -> h.createQuery("SELECT count(*) FROM information_schema.schemata WHERE schema_name = :s")
                                .bind("s", "case_" + REFUSED)
                                .mapTo(Long.class)
                                .one());
        assertThat(schemas).isZero();
    }

    /** The files under {@code folder} that hold the production's words or the name of one of its files. */
    private static List<Path> clearTextUnder(Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                if (bytes.contains("Quetzalcoatl") || bytes.contains("zyxwvut")) found.add(f);
            }
        }
        return found;
    }

    /** The tables of the case's schema with a row holding the production's words or the name of one of its files. */
    private static List<String> clearTextInTheDatabase(String caseName) {
        String schema = "case_" + caseName;
        return jdbi().withHandle(h -> {
            List<String> tables = h.createQuery("SELECT table_name FROM information_schema.tables WHERE table_schema ="
                            + " :s AND table_type = 'BASE TABLE'")
                    .bind("s", schema)
                    .mapTo(String.class)
                    .list();
            List<String> found = new ArrayList<>();
            for (String table : tables) {
                // names from the catalogue of a schema this test made
                long rows = h.createQuery("SELECT count(*) FROM " + schema + "." + table + " t WHERE"
                                + " row_to_json(t)::text ILIKE '%quetzalcoatl%' OR row_to_json(t)::text LIKE"
                                + " '%zyxwvut%'")
                        .mapTo(Long.class)
                        .one();
                if (rows > 0) found.add(table);
            }
            return found;
        });
    }
}
