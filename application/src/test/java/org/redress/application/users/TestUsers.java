package org.redress.application.users;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Assumptions;
import org.redress.core.port.UserStore;
import org.redress.store.postgres.PostgresServer;

/**
 * The user store of the real PostgreSQL the tests run against (REDRESS_TEST_PG_URL, REDRESS_TEST_PG_USER,
 * REDRESS_TEST_PG_PASSWORD, as the store's tests read them; skipped with REDRESS_TEST_PG=skip), and a clock the
 * tests move by hand.
 */
final class TestUsers {
    private static PostgresServer server;

    private TestUsers() {}

    static synchronized UserStore store() {
        if (server == null) {
            try {
                server = PostgresServer.connect(
                        env("REDRESS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:55432/redress_test"),
                        env("REDRESS_TEST_PG_USER", "postgres"),
                        System.getenv("REDRESS_TEST_PG_PASSWORD"));
            } catch (PostgresServer.ServerUnreachableException e) {
                String message = "PostgreSQL is not reachable (" + e.getMessage() + "). Start it with"
                        + " scripts/services.d/postgres.sh start (scripts/test does), or set REDRESS_TEST_PG=skip to skip"
                        + " the PostgreSQL tests.";
                if ("skip".equalsIgnoreCase(System.getenv("REDRESS_TEST_PG"))) Assumptions.abort(message);
                fail(message);
            }
        }
        return server.users();
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    /** A clock that stands still until a test moves it. */
    static final class HandClock extends Clock {
        private Instant now;

        HandClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
