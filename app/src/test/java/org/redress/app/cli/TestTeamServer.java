package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL and OpenSearch that the team server's command tests run against (REDRESS_TEST_PG_URL,
 * REDRESS_TEST_PG_USER, REDRESS_TEST_PG_PASSWORD, REDRESS_TEST_OS_URL; skipped with REDRESS_TEST_PG=skip or
 * REDRESS_TEST_OS=skip): a server file for them, commands run on a named case, and the cases a test made dropped
 * again (their schema and their index).
 */
public final class TestTeamServer {
    static final String PG_URL = env("REDRESS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:55432/redress_test");
    static final String PG_USER = env("REDRESS_TEST_PG_USER", "postgres");
    static final String PG_PASSWORD = System.getenv("REDRESS_TEST_PG_PASSWORD");
    static final String OS_URL = env("REDRESS_TEST_OS_URL", "http://127.0.0.1:19200");

    public final Path serverFile;

    private TestTeamServer(Path serverFile) {
        this.serverFile = serverFile;
    }

    /** Skips the calling test class where the services are switched off; else writes a server file into {@code dir}. */
    public static TestTeamServer in(Path dir) throws IOException {
        return in(dir, "server.properties", "");
    }

    /** As {@link #in(Path)}, into the file {@code fileName} of {@code dir}, with {@code more} lines of properties. */
    public static TestTeamServer in(Path dir, String fileName, String more) throws IOException {
        Assumptions.assumeFalse(
                "skip".equalsIgnoreCase(System.getenv("REDRESS_TEST_PG")),
                "REDRESS_TEST_PG=skip: the PostgreSQL tests are skipped");
        Assumptions.assumeFalse(
                "skip".equalsIgnoreCase(System.getenv("REDRESS_TEST_OS")),
                "REDRESS_TEST_OS=skip: the OpenSearch tests are skipped");
        return new TestTeamServer(Files.writeString(
                dir.resolve(fileName),
                "db.url = " + PG_URL + "\ndb.user = " + PG_USER + "\n"
                        + (PG_PASSWORD == null ? "" : "db.password = " + PG_PASSWORD + "\n")
                        + "search.url = " + OS_URL + "\nblobs.dir = blobs\n" + more));
    }

    /** A case name of this run only ({@code prefix} and a random part), so a run never meets an earlier one's cases. */
    public static String caseName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The command {@code args} (its name first) on the named case of this server. */
    public Cli.Run on(String caseName, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(1, List.of("--server", serverFile.toString(), "--case", caseName));
        return Cli.run(all.toArray(String[]::new));
    }

    public static Cli.Run assertOk(Cli.Run run) {
        assertThat(run.code()).as(run.toString()).isZero();
        return run;
    }

    public static Jdbi jdbi() {
        return Jdbi.create(PG_URL, PG_USER, PG_PASSWORD == null ? "" : PG_PASSWORD);
    }

    /** Drops the named cases' schemas and indices (names this test made: safe in the SQL and the URL). */
    public static void drop(String... caseNames) throws IOException, InterruptedException {
        List<String> names = new ArrayList<>();
        for (String name : caseNames) names.add(name.toLowerCase(Locale.ROOT).replace('-', '_'));
        jdbi().useHandle(h -> {
            for (String name : names) h.execute("DROP SCHEMA IF EXISTS case_" + name + " CASCADE");
        });
        HttpClient http = HttpClient.newHttpClient();
        for (String name : names)
            http.send(
                    HttpRequest.newBuilder(URI.create(OS_URL + "/redress-case-" + name))
                            .DELETE()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
