package org.redress.store.postgres;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Assumptions;
import org.redress.core.corpus.Sha256;
import org.redress.store.crypto.ColumnCipher;

/**
 * The real PostgreSQL the tests run against: {@code REDRESS_TEST_PG_URL} (default the private cluster that
 * scripts/services.d/postgres.sh starts), user {@code REDRESS_TEST_PG_USER} (postgres), password
 * {@code REDRESS_TEST_PG_PASSWORD} (none). Unreachable, the tests fail saying how to start it, unless
 * {@code REDRESS_TEST_PG=skip} is set: then they are skipped with that message. Each test's temporary folder names one
 * case ({@code test_<hash>}), so a test that reopens its stores reopens the same schema; the test cases of an earlier
 * run are dropped when the first test of this run connects.
 */
final class TestServer {
    static final String URL = env("REDRESS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:55432/redress_test");
    static final String USER = env("REDRESS_TEST_PG_USER", "postgres");
    static final String PASSWORD = System.getenv("REDRESS_TEST_PG_PASSWORD");

    private static PostgresServer server;

    private TestServer() {}

    static synchronized PostgresServer server() {
        if (server == null) {
            try {
                server = PostgresServer.connect(URL, USER, PASSWORD);
            } catch (PostgresServer.ServerUnreachableException e) {
                String message = "PostgreSQL is not reachable (" + e.getMessage()
                        + "). Start it with scripts/services.d/postgres.sh, point REDRESS_TEST_PG_URL at another, or set"
                        + " REDRESS_TEST_PG=skip to skip the PostgreSQL tests.";
                if ("skip".equalsIgnoreCase(System.getenv("REDRESS_TEST_PG"))) Assumptions.abort(message);
                fail(message);
            }
            dropTestCases();
        }
        return server;
    }

    /** The case of one test, named after its temporary folder, created on first use. */
    static CaseName caseFor(Path dir) {
        String hash = Sha256.of(dir.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
        return new CaseName("test_" + hash.substring(0, 16));
    }

    static PostgresDatabase database(Path dir, ColumnCipher cipher) {
        CaseName name = caseFor(dir);
        PostgresServer s = server();
        return s.exists(name) ? s.open(name, cipher) : s.create(name, cipher);
    }

    static PostgresDatabase database(Path dir) {
        return database(dir, ColumnCipher.PLAIN);
    }

    /** A connection of its own, for what the tests look at beneath the stores. */
    static Jdbi jdbi() {
        server();
        return Jdbi.create(URL, USER, PASSWORD == null ? "" : PASSWORD);
    }

    private static void dropTestCases() {
        jdbi().useHandle(h -> {
            List<String> schemas = h.createQuery(
                            "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'case\\_test\\_%'")
                    .mapTo(String.class)
                    .list();
            // Names made by caseFor (letters and digits): safe to write into the SQL.
            for (String schema : schemas) h.execute("DROP SCHEMA " + schema + " CASCADE");
        });
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
