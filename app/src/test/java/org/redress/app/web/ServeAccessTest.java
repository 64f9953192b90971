package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.router.Endpoint;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.wiring.CaseServices;

/** A served case answers only its own user: its own host names, its access token, its own forms. */
class ServeAccessTest {
    @TempDir
    static Path tmp;

    static ServedCase served;

    @BeforeAll
    static void serve() throws Exception {
        CaseServices.init(tmp.resolve("case")).close();
        served = ServedCase.open(tmp.resolve("case"));
    }

    @AfterAll
    static void stop() {
        if (served != null) served.close();
    }

    private static List<Endpoint> routes() {
        return new WebServer(served.folder, TestAccess.TOKEN, List.of()).endpoints();
    }

    private static String concrete(String path) {
        return path.replace("{id}", "1").replace("{n}", "1");
    }

    /** The status line of a request sent over a plain socket, so the Host header is the one a rebinding page would send. */
    private static String statusWithHost(String method, String path, String host) throws Exception {
        try (Socket socket =
                new Socket("127.0.0.1", Integer.parseInt(served.base().replaceAll(".*:", "")))) {
            socket.setSoTimeout(10_000);
            String request = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer "
                    + TestAccess.TOKEN.value() + "\r\nOrigin: http://" + host
                    + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    @Test
    void aForeignHostIsRefusedOnEveryRoute() throws Exception {
        for (Endpoint e : routes()) {
            assertThat(statusWithHost(e.method.name(), concrete(e.path), "attacker.example:7070"))
                    .as(e.method + " " + e.path)
                    .startsWith("HTTP/1.1 421");
        }
        assertThat(served.folder.folder().requests().requests()).isEmpty();
        // Its own names pass (a GET, so nothing is changed).
        for (String ok : List.of("127.0.0.1:7070", "localhost:7070", "LOCALHOST", "[::1]:7070")) {
            assertThat(statusWithHost("GET", "/api/v1/status", ok)).as(ok).startsWith("HTTP/1.1 200");
        }
        assertThat(KnownHosts.name("[::1]:7070")).isEqualTo("[::1]");
        assertThat(KnownHosts.isLoopback("0.0.0.0")).isFalse();
        assertThat(KnownHosts.isLoopback("192.168.1.4")).isFalse();
        assertThat(KnownHosts.isLoopback("::1")).isTrue();
        assertThat(KnownHosts.isLoopback("127.0.0.1")).isTrue();
    }

    @Test
    void namesGivenWithAllowHostAreAnsweredToo() {
        KnownHosts hosts = new KnownHosts(List.of("Redress.Local", "0.0.0.0"));
        assertThat(hosts.names())
                .contains("redress.local", "127.0.0.1", "localhost", "[::1]")
                .doesNotContain("0.0.0.0");
    }

    @Test
    void withoutTheTokenEveryRouteIsRefused() throws Exception {
        for (Endpoint e : routes()) {
            HttpRequest.Builder b = served.anonymous(concrete(e.path))
                    .header("Origin", served.base())
                    .header("Content-Type", "application/json")
                    .method(e.method.name(), HttpRequest.BodyPublishers.ofString("{}"));
            HttpResponse<String> r = served.send(b);
            assertThat(r.statusCode()).as(e.method + " " + e.path).isEqualTo(401);
        }
        assertThat(served.folder.folder().requests().requests()).isEmpty();
    }

    @Test
    void theApiSaysSoAsAProblemAndThePagesInTheReadersLanguage() throws Exception {
        HttpResponse<String> api = served.send(served.anonymous("/api/v1/status"));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(api.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"redress\"");
        assertThat(api.body()).contains("Bearer").doesNotContain(TestAccess.TOKEN.value());
        HttpResponse<String> es = served.send(served.anonymous("/people").header("Accept-Language", "es"));
        assertThat(es.statusCode()).isEqualTo(401);
        assertThat(es.body()).contains("Abra este caso con su enlace").contains("?token=");
        HttpResponse<String> en = served.send(served.anonymous("/?lang=en"));
        assertThat(en.body()).contains("Open this case with its link");
        HttpResponse<String> wrong = served.send(served.anonymous("/?token=not-the-right-token-at-all&lang=en"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("not this case's");
        HttpResponse<String> wrongBearer =
                served.send(served.anonymous("/api/v1/status").header("Authorization", "Bearer nope"));
        assertThat(wrongBearer.statusCode()).isEqualTo(401);
        // The stylesheet is no secret: the refusal page keeps its layout.
        assertThat(served.send(served.anonymous("/redress.css")).statusCode()).isEqualTo(200);
    }

    @Test
    void thePrintedLinkSetsAStrictHttpOnlyCookieAndDropsTheTokenFromTheAddress() throws Exception {
        HttpResponse<String> r =
                served.send(served.anonymous("/people?token=" + TestAccess.TOKEN.value() + "&lang=es"));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/people?lang=es");
        String cookie = r.headers().firstValue("Set-Cookie").orElse("");
        assertThat(cookie)
                .startsWith(AccessToken.COOKIE + "=" + TestAccess.TOKEN.value())
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict")
                .contains("Path=/");
        HttpResponse<String> withCookie = served.send(served.anonymous("/people?lang=es")
                .header("Cookie", AccessToken.COOKIE + "=" + TestAccess.TOKEN.value()));
        assertThat(withCookie.statusCode()).isEqualTo(200);
        assertThat(served.send(served.request("/api/v1/status")).statusCode()).isEqualTo(200);
    }

    @Test
    void everyPostFormCarriesTheFormTokenAndAFormWithoutItIsRefused() throws Exception {
        String page = served.get("/people").body();
        assertThat(page).contains("<input type=\"hidden\" name=\"_csrf\" value=\"" + TestAccess.formToken() + "\">");
        assertThat(served.get("/requests").body()).contains("name=\"_csrf\"");
        // The search form is a GET: no token needed, none written.
        assertThat(served.get("/").body()).doesNotContain("_csrf");
        Map<String, String> person = Map.of("name", "Ana Pérez", "role", "subject");
        HttpResponse<String> without =
                served.send(served.formWithout("/people", person).header("Origin", served.base()));
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.body()).contains("form token");
        HttpResponse<String> forged = served.send(served.formWithout(
                        "/people", Map.of("name", "Ana Pérez", "role", "subject", FormTokens.FIELD, "forged"))
                .header("Origin", served.base()));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(served.folder.caseModel().store().people()).isEmpty();
        HttpResponse<String> with = served.send(served.form("/people", person).header("Origin", served.base()));
        assertThat(with.statusCode()).isEqualTo(303);
        assertThat(served.folder.caseModel().store().people())
                .extracting(p -> p.name())
                .containsExactly("Ana Pérez");
    }

    @Test
    void theTokenDoesNotLeakIntoPages() throws Exception {
        assertThat(served.get("/people").body()).doesNotContain(TestAccess.TOKEN.value());
    }
}
