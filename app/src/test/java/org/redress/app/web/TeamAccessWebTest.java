package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.app.cli.TestTeamServer.assertOk;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.router.Endpoint;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;
import org.redress.app.cli.TestTeamServer;
import org.redress.app.json.Json;
import org.redress.application.users.Login;
import org.redress.core.audit.AuditEntry;
import org.redress.core.users.Role;
import org.redress.store.postgres.CaseName;

/**
 * A case served from a team server behind its login (issue 13), over HTTP against the real PostgreSQL and OpenSearch
 * (skipped with REDRESS_TEST_PG=skip or REDRESS_TEST_OS=skip): without a user nothing opens, an API token opens the
 * API, a member of another case finds nothing of this one on any route, a viewer changes nothing, repeated failures
 * lock an account, and each login, logout and refusal is in the case's audit log with its user.
 */
class TeamAccessWebTest {
    private static final String HARBOUR = TestTeamServer.caseName("weblogin_harbour");
    private static final String ORCHARD = TestTeamServer.caseName("weblogin_orchard");
    /** Words only case B (harbour) holds: none may reach a user of case A. */
    private static final String MEMO = "Quennell spoke at the Marigold vigil";

    @TempDir
    static Path tmp;

    static TestTeamServer server;
    static TeamServedCase served;
    static String documentId;
    static String eventId;
    static String requestId;
    static String mentionId;

    @BeforeAll
    static void twoCasesAndTheirUsers() throws Exception {
        server = TestTeamServer.in(tmp);
        String file = server.serverFile.toString();
        assertOk(Cli.run("init", "--server", file, "--case", ORCHARD));
        assertOk(Cli.run("init", "--server", file, "--case", HARBOUR));
        Files.writeString(tmp.resolve("people.csv"), "name,aliases,role\nRosalind Quennell,,subject\n");
        assertOk(Cli.run(
                "import",
                "people",
                "--server",
                file,
                "--case",
                HARBOUR,
                tmp.resolve("people.csv").toString()));
        Files.writeString(tmp.resolve("events.csv"), """
                date,kind,people,description
                2017-03-17,adverse.arrest,Rosalind Quennell,Arrested after the Marigold vigil
                """);
        assertOk(Cli.run(
                "import",
                "events",
                "--server",
                file,
                "--case",
                HARBOUR,
                tmp.resolve("events.csv").toString()));
        Path production = Files.createDirectories(tmp.resolve("production"));
        Files.writeString(production.resolve("memo.txt"), "Field office memo. Rosalind " + MEMO + ".\n");
        assertOk(server.on(HARBOUR, "ingest", production.toString()));
        assertOk(Cli.run("worker", "--server", file, "--case", HARBOUR, "--once"));
        assertOk(Cli.run(
                "requests",
                "add",
                "--server",
                file,
                "--case",
                HARBOUR,
                "--law",
                "us-foia",
                "--agency",
                "Marigold Records Office",
                "--subject",
                "Records on the vigil",
                "--received",
                "2017-05-01"));
        mentionId = assertOk(server.on(HARBOUR, "mentions", "--json"))
                .json()
                .get("hits")
                .get(0)
                .get("id")
                .asText();

        served = TeamServedCase.open(server.serverFile, HARBOUR);
        served.addUser("omar", Role.ORGANISER, served.caseName);
        served.addUser("vera", Role.VIEWER, served.caseName);
        served.addUser("lena", Role.REPORTER, served.caseName);
        served.addUser("rita", Role.REPORTER, served.caseName); // lena's account is locked by a test
        served.addUser("alex", Role.ORGANISER, CaseName.of(ORCHARD).value());
        String omar = served.apiToken("omar");
        documentId = api(omar, "/api/v1/search?q=marigold")
                .get("hits")
                .get(0)
                .get("documentId")
                .asText();
        eventId = api(omar, "/api/v1/events").get("events").get(0).get("id").asText();
        requestId =
                api(omar, "/api/v1/requests").get("requests").get(0).get("id").asText();
    }

    @AfterAll
    static void dropTheCasesAndUsers() throws Exception {
        if (served != null) served.close();
        if (server != null) TestTeamServer.drop(HARBOUR, ORCHARD);
    }

    private static JsonNode api(String token, String path) throws Exception {
        HttpResponse<String> r = served.send(bearer(token, path));
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body());
    }

    private static HttpRequest.Builder bearer(String token, String path) {
        return served.request(path).header("Authorization", "Bearer " + token);
    }

    private static String concrete(String path) {
        return path.replace("{id}", documentId).replace("{n}", "1");
    }

    private static List<Endpoint> caseRoutes() {
        return served.routes().stream()
                .filter(e -> !e.path.equals("/login") && !e.path.equals("/logout"))
                .toList();
    }

    private static List<AuditEntry> audited(String action, String target) {
        return served.audit().stream()
                .filter(e -> e.action().equals(action) && e.target().equals(target))
                .toList();
    }

    @Test
    void withoutAUserPagesGoToTheLoginAndTheApiAnswers401() throws Exception {
        HttpResponse<String> page = served.send(served.request("/documents/" + documentId));
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).hasValue("/login?next=%2Fdocuments%2F" + documentId);
        assertThat(page.body()).doesNotContain("Marigold");
        HttpResponse<String> api = served.send(served.request("/api/v1/status"));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(api.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"redress\"");
        assertThat(Json.MAPPER.readTree(api.body()).get("status").asInt()).isEqualTo(401);
        HttpResponse<String> wrong = served.send(bearer("rdt_not-a-token-of-this-server", "/api/v1/status"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        for (Endpoint e : caseRoutes()) {
            HttpResponse<String> r = served.send(served.request(concrete(e.path))
                    .header("Origin", served.base())
                    .header("Content-Type", "application/json")
                    .method(e.method.name(), HttpRequest.BodyPublishers.ofString("{}")));
            assertThat(r.statusCode()).as(e.method + " " + e.path).isIn(303, 401);
            assertThat(r.body()).as(e.method + " " + e.path).doesNotContain("Marigold", "Quennell");
        }
        // The login page and its stylesheet are open to anyone; a foreign Host is still refused (DNS rebinding).
        HttpResponse<String> login = served.send(served.request("/login"));
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("name=\"password\"", "name=\"code\"", "name=\"_csrf\"");
        assertThat(served.send(served.request("/redress.css")).statusCode()).isEqualTo(200);
        assertThat(statusWithHost("attacker.example:7070")).startsWith("HTTP/1.1 421");
    }

    @Test
    void anApiTokenOpensTheApiAndItsUserIsRecorded() throws Exception {
        String token = served.apiToken("omar");
        assertThat(api(token, "/api/v1/documents/" + documentId).toString()).contains("memo.txt");
        assertThat(api(token, "/api/v1/documents/" + documentId + "/pages/1")
                        .get("text")
                        .asText())
                .contains(MEMO);
        assertThat(audited("document.view", documentId))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.who()).isEqualTo(served.user("omar")));
        // A script's change: JSON with the token, no form token, no Origin.
        HttpResponse<String> added = served.send(bearer(token, "/api/v1/people")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[{\"name\":\"Thaddeus Okafor\",\"role\":\"witness\"}]")));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(served.audit()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("person.add");
            assertThat(e.who()).isEqualTo(served.user("omar"));
        });
    }

    @Test
    void aMemberOfAnotherCaseFindsNothingOfThisOneOnAnyRoute() throws Exception {
        String alex = served.apiToken("alex");
        String doc = "/documents/" + documentId;
        List<String> byId = List.of(
                "/api/v1/documents/" + documentId,
                "/api/v1/documents/" + documentId + "/pages/1",
                "/api/v1/documents/" + documentId + "/pages/1/image",
                "/api/v1/documents/" + documentId + "/original",
                doc,
                doc + "?page=1",
                "/mentions/person?name=Rosalind%20Quennell",
                "/chronology?person=Rosalind%20Quennell",
                "/api/v1/people",
                "/api/v1/events/" + eventId,
                "/events/" + eventId,
                "/api/v1/requests/" + requestId,
                "/requests/" + requestId,
                "/mentions/hit/" + mentionId,
                "/?q=marigold",
                "/api/v1/status");
        int people = served.services.caseModel().store().people().size();
        for (String path : byId) assertNothingOfTheCase(alex, "GET", path);
        for (Endpoint e : caseRoutes()) assertNothingOfTheCase(alex, e.method.name(), concrete(e.path));
        // Nor a session: the login of a user of other cases is refused as any other.
        HttpResponse<String> login = served.logIn(served.user("alex"), TeamServedCase.PASSWORD, null);
        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(TeamServedCase.setCookie(login, UserGate.SESSION_COOKIE)).isEmpty();
        assertThat(audited("user.login_failed", served.user("alex")))
                .anySatisfy(e -> assertThat(e.detail()).contains("not a member"));
        assertThat(served.services.caseModel().store().people()).hasSize(people);
    }

    private static void assertNothingOfTheCase(String token, String method, String path) throws Exception {
        HttpResponse<String> r = served.send(bearer(token, path)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("[{\"name\":\"Someone Else\"}]")));
        assertThat(r.statusCode()).as(method + " " + path).isEqualTo(404);
        assertThat(r.body())
                .as(method + " " + path)
                .doesNotContain("Marigold", "Quennell", "memo.txt", served.caseName, HARBOUR, "Records Office");
    }

    @Test
    void aViewerReadsButEveryChangeIsRefused() throws Exception {
        int before = served.services.caseModel().store().people().size();
        String session = served.session("vera");
        HttpResponse<String> people = served.send(served.request("/people").header("Cookie", session));
        assertThat(people.statusCode()).isEqualTo(200);
        assertThat(people.body()).contains("Rosalind Quennell", served.user("vera"));
        Map<String, String> person = Map.of(
                "name", "Someone Else", "role", "subject", FormTokens.FIELD, TeamServedCase.formToken(people.body()));
        HttpResponse<String> post = served.send(served.form("/people", session, person));
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(post.body()).contains("viewer", "can read this case but not change it");
        String token = served.apiToken("vera");
        for (Endpoint e : caseRoutes()) {
            if (!SameOrigin.STATE_CHANGING.contains(e.method)) continue;
            HttpResponse<String> r = served.send(bearer(token, concrete(e.path))
                    .header("Content-Type", "application/json")
                    .method(e.method.name(), HttpRequest.BodyPublishers.ofString("[{\"name\":\"Someone Else\"}]")));
            assertThat(r.statusCode()).as(e.method + " " + e.path).isEqualTo(403);
        }
        assertThat(served.services.caseModel().store().people()).hasSize(before);
        // Logging out is no change to the case: a viewer may, and the session is over.
        Map<String, String> out = Map.of(FormTokens.FIELD, TeamServedCase.formToken(people.body()));
        HttpResponse<String> logout = served.send(served.form("/logout", session, out));
        assertThat(logout.statusCode()).isEqualTo(303);
        assertThat(logout.headers().firstValue("Location")).hasValue("/login");
        assertThat(served.send(served.request("/people").header("Cookie", session))
                        .statusCode())
                .isEqualTo(303);
        assertThat(audited("user.logout", served.user("vera"))).hasSize(1);
    }

    @Test
    void aPrivilegedDocumentAndTheWatchListAreHiddenFromAReporterOnTheWeb() throws Exception {
        String file = server.serverFile.toString();
        String reporter = served.apiToken("lena");
        String organiser = served.apiToken("omar");
        assertThat(served.send(bearer(reporter, "/mentions/hit/" + mentionId)).statusCode())
                .isEqualTo(404); // the watch-list's hits are for attorneys and organisers
        HttpResponse<String> seen = served.send(bearer(organiser, "/mentions/hit/" + mentionId));
        assertThat(seen.statusCode()).isEqualTo(303); // to the hit on its document's page
        assertThat(seen.headers().firstValue("Location"))
                .hasValue("/documents/" + documentId + "#mention-" + mentionId);
        assertOk(Cli.run(
                "privilege", "mark", "--server", file, "--case", HARBOUR, documentId, "--kind", "attorney_client"));
        try {
            HttpResponse<String> hidden = served.send(bearer(reporter, "/api/v1/documents/" + documentId));
            assertThat(hidden.statusCode()).isEqualTo(404);
            assertThat(hidden.body()).doesNotContain("memo.txt", "Marigold");
            assertThat(api(reporter, "/api/v1/search?q=marigold").get("total").asLong())
                    .isZero();
            assertThat(served.send(bearer(reporter, "/api/v1/documents/" + documentId + "/pages/1"))
                            .statusCode())
                    .isEqualTo(404);
            assertThat(api(organiser, "/api/v1/documents/" + documentId).toString())
                    .contains("memo.txt");
            assertThat(api(organiser, "/api/v1/search?q=marigold").get("total").asLong())
                    .isEqualTo(1);
            // The case's totals are of what each may see: nothing says that a document is hidden.
            JsonNode told = api(reporter, "/api/v1/status");
            JsonNode whole = api(organiser, "/api/v1/status");
            assertThat(told.get("documents").asLong())
                    .isEqualTo(whole.get("documents").asLong() - 1);
            long hiddenPages = whole.get("pages").asLong() - told.get("pages").asLong();
            assertThat(hiddenPages).isPositive();
            assertThat(whole.get("indexedPages").asLong()
                            - told.get("indexedPages").asLong())
                    .isEqualTo(hiddenPages);
        } finally {
            assertOk(Cli.run("privilege", "unmark", "--server", file, "--case", HARBOUR, documentId));
        }
        assertThat(api(reporter, "/api/v1/documents/" + documentId).toString()).contains("memo.txt");
    }

    @Test
    void anOrganiserMarksADocumentPrivilegedOnItsPageAndAReporterNeitherSeesNorLiftsIt() throws Exception {
        String organiser = served.session("omar");
        String page = served.send(served.request("/documents/" + documentId).header("Cookie", organiser))
                .body();
        assertThat(page).contains("Mark privileged");
        Map<String, String> mark =
                Map.of("kind", "work-product", "reason", "", FormTokens.FIELD, TeamServedCase.formToken(page));
        try {
            HttpResponse<String> marked =
                    served.send(served.form("/documents/" + documentId + "/privilege", organiser, mark));
            assertThat(marked.statusCode()).as(marked.body()).isEqualTo(303);
            assertThat(served.send(served.request("/documents/" + documentId).header("Cookie", organiser))
                            .body())
                    .contains("Attorney work product", "marked by " + served.user("omar"), "Lift the mark");
            assertThat(audited("privilege.mark", documentId))
                    .filteredOn(e -> e.from().startsWith("web"))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.who()).isEqualTo(served.user("omar"));
                        assertThat(e.detail()).isEqualTo("work-product");
                    });

            String reporter = served.session("rita");
            HttpResponse<String> hidden =
                    served.send(served.request("/documents/" + documentId).header("Cookie", reporter));
            assertThat(hidden.statusCode()).isEqualTo(404);
            assertThat(hidden.body()).doesNotContain("memo.txt", "Marigold", "privileged");
            String own = served.send(served.request("/people").header("Cookie", reporter))
                    .body();
            Map<String, String> lift = Map.of(FormTokens.FIELD, TeamServedCase.formToken(own));
            assertThat(served.send(served.form("/documents/" + documentId + "/privilege/lift", reporter, lift))
                            .statusCode())
                    .isEqualTo(403);
            assertThat(served.services.privileges().list()).hasSize(1);
        } finally {
            assertOk(Cli.run(
                    "privilege", "unmark", "--server", server.serverFile.toString(), "--case", HARBOUR, documentId));
        }
    }

    @Test
    void aFormFromOneServeProcessPostsToAnotherOfTheSameServerButNotToOneWithAKeyOfItsOwn() throws Exception {
        String session = served.session("omar");
        String token = TeamServedCase.formToken(
                served.send(served.request("/people").header("Cookie", session)).body());
        Map<String, String> hide = Map.of(FormTokens.FIELD, token);
        try (TeamServedCase other = TeamServedCase.open(server.serverFile, HARBOUR)) {
            HttpResponse<String> r = other.send(other.form("/home/guide", session, hide));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        }
        Javalin own = new WebServer(served.services, new UserGate(served.users.login(), served.caseName), List.of())
                .start("127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + own.port();
            HttpResponse<String> r = served.send(HttpRequest.newBuilder(java.net.URI.create(base + "/home/guide"))
                    .header("Origin", base)
                    .header("Cookie", session)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(FormTokens.FIELD + "=" + token)));
            assertThat(r.statusCode()).isEqualTo(403);
        } finally {
            own.stop();
        }
    }

    @Test
    void aGoodLoginGivesAStrictSecureHttpOnlySessionAndIsRecorded() throws Exception {
        HttpResponse<String> in = served.logIn(served.user("omar"), TeamServedCase.PASSWORD, null);
        assertThat(in.statusCode()).isEqualTo(303);
        assertThat(in.headers().firstValue("Location")).hasValue("/");
        assertThat(TeamServedCase.setCookie(in, UserGate.SESSION_COOKIE))
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("Secure")
                .containsIgnoringCase("SameSite=Strict")
                .contains("Path=/");
        assertThat(audited("user.login", served.user("omar")))
                .anySatisfy(e -> assertThat(e.who()).isEqualTo(served.user("omar")));
        // A form token of one session is not another's.
        String page = served.send(served.request("/people").header("Cookie", TeamServedCase.cookies(in)))
                .body();
        String other = served.send(served.request("/people").header("Cookie", served.session("omar")))
                .body();
        assertThat(TeamServedCase.formToken(page)).isNotEqualTo(TeamServedCase.formToken(other));
    }

    @Test
    void repeatedFailuresLockTheAccountWithOnePlainMessage() throws Exception {
        String lena = served.user("lena");
        String message = null;
        for (int i = 0; i < Login.MAX_FAILURES; i++) {
            HttpResponse<String> r = served.logIn(lena, "wrong password number " + i, null);
            assertThat(r.statusCode()).isEqualTo(401);
            String shown = r.body().replaceAll("(?s).*<p class=\"error\" role=\"alert\">([^<]*)</p>.*", "$1");
            if (message != null) assertThat(shown).isEqualTo(message);
            message = shown;
        }
        assertThat(message).contains("Check the user name, the password and the code");
        HttpResponse<String> locked = served.logIn(lena, TeamServedCase.PASSWORD, null);
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(locked.body()).contains(message);
        assertThat(TeamServedCase.setCookie(locked, UserGate.SESSION_COOKIE)).isEmpty();
        // An unknown name gets the same words.
        assertThat(served.logIn("nobody-" + served.run, "whatever it is", null).body())
                .contains(message);
        List<AuditEntry> failed = audited("user.login_failed", lena);
        assertThat(failed).hasSize(Login.MAX_FAILURES + 1);
        assertThat(failed.get(failed.size() - 1).detail()).contains("locked");
        assertThat(served.audit().toString()).doesNotContain("wrong password number", TeamServedCase.PASSWORD);
    }

    @Test
    void theLoginPageSpeaksSpanish() throws Exception {
        HttpResponse<String> page = served.send(served.request("/login?lang=es"));
        assertThat(page.body())
                .contains("<html lang=\"es\"", "Iniciar sesión", "Contraseña", "Código de un solo uso")
                .doesNotContain("Password");
        HttpResponse<String> browser = served.send(served.request("/login").header("Accept-Language", "es-MX,es"));
        assertThat(browser.body()).contains("Nombre de usuario", "Entrar");
    }

    /** The status line of a GET sent over a plain socket, so the Host header is the one a rebinding page sends. */
    private static String statusWithHost(String host) throws Exception {
        try (Socket socket = new Socket(
                InetAddress.getLoopbackAddress(), Integer.parseInt(served.base().replaceAll(".*:", "")))) {
            socket.setSoTimeout(10_000);
            String request = "GET /login HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }
}
