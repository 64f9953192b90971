package org.redress.app.cli.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;
import org.redress.app.wiring.CaseServices;
import org.redress.app.wiring.ServerConfig;
import org.redress.app.wiring.ServerUsers;
import org.redress.application.users.Login;
import org.redress.core.audit.RecordedEntry;
import org.redress.store.audit.FileAuditLog;
import org.redress.store.crypto.TimeBasedCodes;
import org.redress.store.postgres.CaseName;

/**
 * {@code redress users} end to end on the real PostgreSQL and OpenSearch of the tests (as ServerCaseCliTest finds them;
 * skipped with REDRESS_TEST_PG=skip or REDRESS_TEST_OS=skip): users added, listed, granted, revoked, reset, disabled
 * and given a token, each change in the audit log of its cases, and the result logs in.
 */
class UsersCliTest {
    private static final String PG_URL = env("REDRESS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:55432/redress_test");
    private static final String PG_USER = env("REDRESS_TEST_PG_USER", "postgres");
    private static final String PG_PASSWORD = System.getenv("REDRESS_TEST_PG_PASSWORD");
    private static final String OS_URL = env("REDRESS_TEST_OS_URL", "http://127.0.0.1:19200");
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String HARBOUR = "usertest_harbour_" + RUN;
    private static final String ORCHARD = "usertest_orchard_" + RUN;
    private static final String PASSWORD = "the keeper's long password";

    @TempDir
    static Path tmp;

    static Path serverFile;

    @BeforeAll
    static void aServerWithTwoCases() throws IOException {
        Assumptions.assumeFalse("skip".equalsIgnoreCase(System.getenv("REDRESS_TEST_PG")), "REDRESS_TEST_PG=skip");
        Assumptions.assumeFalse("skip".equalsIgnoreCase(System.getenv("REDRESS_TEST_OS")), "REDRESS_TEST_OS=skip");
        serverFile = Files.writeString(
                tmp.resolve("server.properties"),
                "db.url = " + PG_URL + "\ndb.user = " + PG_USER + "\n"
                        + (PG_PASSWORD == null ? "" : "db.password = " + PG_PASSWORD + "\n")
                        + "search.url = " + OS_URL + "\nblobs.dir = blobs\n");
        ok(Cli.run("init", "--server", serverFile.toString(), "--case", HARBOUR));
        ok(Cli.run("init", "--server", serverFile.toString(), "--case", ORCHARD));
    }

    @AfterEach
    void theProcessEnvironmentAgain() {
        NewPassword.useEnvironment(System.getenv());
    }

    @AfterAll
    static void dropTheTestCasesAndUsers() throws Exception {
        if (serverFile == null) return;
        Jdbi.create(PG_URL, PG_USER, PG_PASSWORD == null ? "" : PG_PASSWORD).useHandle(h -> {
            for (String c : List.of(HARBOUR, ORCHARD)) h.execute("DROP SCHEMA IF EXISTS case_" + c + " CASCADE");
            h.createUpdate("DELETE FROM redress_server.server_user WHERE name LIKE :like")
                    .bind("like", "%-" + RUN)
                    .execute();
        });
        HttpClient http = HttpClient.newHttpClient();
        for (String c : List.of(HARBOUR, ORCHARD))
            http.send(
                    HttpRequest.newBuilder(URI.create(OS_URL + "/redress-case-" + c))
                            .DELETE()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
    }

    private static Cli.Run users(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "users";
        System.arraycopy(args, 0, all, 1, 1);
        all[2] = "--server";
        all[3] = serverFile.toString();
        System.arraycopy(args, 1, all, 4, args.length - 1);
        return Cli.run(all);
    }

    private static String storedTotpSecret(String user) {
        return Jdbi.create(PG_URL, PG_USER, PG_PASSWORD == null ? "" : PG_PASSWORD)
                .withHandle(h -> h.createQuery("SELECT totp_secret FROM redress_server.server_user WHERE name = :n")
                        .bind("n", user)
                        .mapTo(String.class)
                        .one());
    }

    private static Cli.Run ok(Cli.Run run) {
        assertThat(run.code()).as(run.toString()).isZero();
        return run;
    }

    private static void password(String password) {
        NewPassword.useEnvironment(Map.of(NewPassword.ENVIRONMENT_VARIABLE, password));
    }

    private static JsonNode listed(String name) {
        JsonNode users = ok(users("list", "--json")).json().get("users");
        return StreamSupport.stream(users.spliterator(), false)
                .filter(u -> u.get("name").asText().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static String secretOf(String out) {
        Matcher m = Pattern.compile("otpauth://totp/Redress:[^?]+\\?secret=([A-Z2-7]+)&")
                .matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }

    private static List<RecordedEntry> auditOf(String caseName) {
        return CaseServices.audit(ServerConfig.read(serverFile), new CaseName(caseName))
                .entries(null, null, java.time.ZoneOffset.UTC);
    }

    @Test
    void anAttorneyIsAddedWithASecondFactorListedAndLogsIn() {
        String ana = "ana-" + RUN;
        password(PASSWORD);
        Cli.Run added = ok(users("add", ana, "--role", "attorney", "--case", HARBOUR.toUpperCase()));
        assertThat(added.out()).contains("Added " + ana + " (attorney), a member of " + HARBOUR);
        String secret = secretOf(added.out());

        JsonNode listed = listed(ana);
        assertThat(listed.get("role").asText()).isEqualTo("attorney");
        assertThat(listed.get("disabled").asBoolean()).isFalse();
        assertThat(listed.get("totp").asBoolean()).isTrue();
        assertThat(listed.get("cases").toString()).isEqualTo("[\"" + HARBOUR + "\"]");
        assertThat(listed.toString()).doesNotContain("argon2", secret);

        // The database keeps the secret sealed under the server's key file, apart from it.
        assertThat(storedTotpSecret(ana)).startsWith("sealed1:").doesNotContain(secret);
        assertThat(ServerConfig.read(serverFile).secretsKeyFile()).isRegularFile();

        Login login = ServerUsers.open(ServerConfig.read(serverFile)).login();
        String code = new TimeBasedCodes().codeAt(secret, Instant.now());
        assertThat(login.attempt(ana, PASSWORD.toCharArray(), code)).isInstanceOf(Login.LoggedIn.class);

        RecordedEntry entry = auditOf(HARBOUR).stream()
                .filter(e -> e.entry().action().equals("user.add")
                        && e.entry().target().equals(ana))
                .findFirst()
                .orElseThrow();
        assertThat(entry.entry().who()).isEqualTo(System.getProperty("user.name"));
        assertThat(entry.entry().from()).isEqualTo("cli");
        assertThat(entry.entry().detail()).isEqualTo("role attorney").doesNotContain(PASSWORD);
    }

    @Test
    void aViewerIsGrantedRevokedResetGivenATokenAndDisabledEachChangeRecordedWhereItBelongs() {
        String vic = "vic-" + RUN;
        password(PASSWORD);
        Cli.Run added = ok(users("add", vic, "--role", "viewer"));
        assertThat(added.out()).doesNotContain("otpauth").contains("a member of no case yet");
        assertThat(listed(vic).get("totp").asBoolean()).isFalse();
        List<RecordedEntry> server = FileAuditLog.of(
                        ServerConfig.read(serverFile).blobsDir().resolve("redress_server"))
                .entries();
        assertThat(server)
                .anyMatch(e -> e.entry().action().equals("user.add")
                        && e.entry().target().equals(vic));

        ok(users("grant", vic, "--case", ORCHARD));
        ok(users("grant", vic, "--case", HARBOUR));
        ok(users("revoke", vic, "--case", HARBOUR));
        assertThat(listed(vic).get("cases").toString()).isEqualTo("[\"" + ORCHARD + "\"]");
        assertThat(auditOf(HARBOUR))
                .anyMatch(e -> e.entry().action().equals("user.revoke")
                        && e.entry().target().equals(vic));

        password("a brand new password");
        Cli.Run reset = ok(users("reset", vic, "--totp"));
        secretOf(reset.out());
        assertThat(listed(vic).get("totp").asBoolean()).isTrue();

        Cli.Run token = ok(users("token", vic));
        assertThat(token.out().strip()).matches("rdt_[A-Za-z0-9_-]{43}");
        Login login = ServerUsers.open(ServerConfig.read(serverFile)).login();
        assertThat(login.apiToken(token.out().strip())).isPresent();

        ok(users("disable", vic));
        assertThat(listed(vic).get("disabled").asBoolean()).isTrue();
        assertThat(login.apiToken(token.out().strip())).isEmpty();
        ok(users("enable", vic));
        assertThat(listed(vic).get("disabled").asBoolean()).isFalse();
        assertThat(login.apiToken(token.out().strip())).isPresent();
        assertThat(auditOf(ORCHARD))
                .extracting(e -> e.entry().action())
                .contains("user.grant", "user.reset", "user.token", "user.disable", "user.enable");
        assertThat(auditOf(ORCHARD).toString()).doesNotContain(token.out().strip(), "brand new");
    }

    @Test
    void mistakesAreRefusedWithExitCodeOneAndChangeNothing() {
        String kai = "kai-" + RUN;
        NewPassword.useEnvironment(Map.of());
        Cli.Run noPassword = users("add", kai, "--role", "viewer");
        assertThat(noPassword.code()).as(noPassword.toString()).isEqualTo(1);
        assertThat(noPassword.err()).contains("REDRESS_USER_PASSWORD");

        password("short");
        assertThat(users("add", kai, "--role", "viewer").code()).isEqualTo(1);
        password(PASSWORD);
        Cli.Run role = users("add", kai, "--role", "judge");
        assertThat(role.code()).isEqualTo(1);
        assertThat(role.err()).contains("admin, attorney, organiser, reporter, viewer");
        Cli.Run noCase = users("add", kai, "--role", "viewer", "--case", "no_such_case_" + RUN);
        assertThat(noCase.code()).isEqualTo(1);
        assertThat(noCase.err()).contains("there is no case named");
        assertThat(ok(users("list", "--json")).out()).doesNotContain(kai);

        ok(users("add", kai, "--role", "viewer"));
        assertThat(users("add", kai, "--role", "admin").err()).contains("already");
        assertThat(users("disable", "nobody-" + RUN).code()).isEqualTo(1);
        assertThat(users("grant", "nobody-" + RUN, "--case", HARBOUR).code()).isEqualTo(1);
    }

    @Test
    void theHelpNamesEverySubcommand() {
        Cli.Run help = ok(Cli.run("users", "--help"));
        assertThat(help.out()).contains("add", "list", "disable", "enable", "reset", "grant", "revoke", "token");
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
