package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.wiring.CaseServices;

/**
 * Every path parameter of every route, and the query parameters routes read, given the names of files outside the
 * case (relative climbs, absolute paths, encoded and doubled separators, a NUL byte): each is answered as a mistake
 * (4xx), never with the file and never with a server error. Walks the route table, so a new route is covered.
 */
class PathTraversalEveryRouteTest {
    private static final String SECRET = "SECRET-OUTSIDE-THE-CASE-7f3a";

    @TempDir
    static Path tmp;

    static ServedCase served;
    static List<String> hostile;

    @BeforeAll
    static void serve() throws Exception {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, SECRET + "\n");
        CaseServices.init(tmp.resolve("case")).close();
        served = ServedCase.open(tmp.resolve("case"));
        String absolute = secret.toAbsolutePath().toString();
        hostile = List.of(
                "../secret.txt",
                "../../secret.txt",
                "..\\..\\secret.txt",
                "....//....//secret.txt",
                "%2e%2e%2fsecret.txt",
                absolute,
                "file:" + absolute,
                "originals/../../secret.txt",
                "1\u0000../secret.txt",
                "1/../../secret.txt");
    }

    @AfterAll
    static void stop() {
        if (served != null) served.close();
    }

    private static List<Endpoint> routesWithParameters() {
        return new WebServer(served.folder, TestAccess.TOKEN, List.of())
                .endpoints().stream().filter(e -> e.path.contains("{")).toList();
    }

    /** The route's path with every parameter set to {@code value}, percent-encoded as one path segment. */
    private static String with(String path, String value) {
        String segment = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        return path.replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(segment));
    }

    private static HttpResponse<String> call(HandlerType method, String path) throws Exception {
        if (method == HandlerType.GET) return served.get(path);
        HttpRequest.Builder form = served.form(path, Map.of("text", "x", "quote", "x", "page", "1"))
                .header("Origin", served.base());
        return served.send(form);
    }

    @Test
    void theTableHasRoutesThatNameThingsByPath() {
        assertThat(routesWithParameters())
                .extracting(e -> e.method + " " + e.path)
                .contains(
                        "GET /api/v1/documents/{id}",
                        "GET /api/v1/documents/{id}/pages/{n}",
                        "GET /api/v1/documents/{id}/original",
                        "GET /documents/{id}")
                .hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void noPathParameterReachesAFileOutsideTheCase() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : routesWithParameters()) {
            for (String value : hostile) {
                String path = with(e.path, value);
                HttpResponse<String> r;
                try {
                    r = call(e.method, path);
                } catch (java.io.IOException closed) {
                    // Jetty closes the connection after refusing a NUL byte; a pooled connection the client took
                    // before it saw the close fails once, and a browser simply asks again.
                    try {
                        r = call(e.method, path);
                    } catch (java.io.IOException dropped) {
                        wrong.add(e.method + " " + path + " -> no answer: " + dropped.getMessage());
                        continue;
                    }
                }
                boolean refused = r.statusCode() >= 400 && r.statusCode() < 500;
                if (!refused || r.body().contains(SECRET)) wrong.add(e.method + " " + path + " -> " + r.statusCode());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noQueryParameterReachesAFileOutsideTheCase() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String path : List.of("/api/v1/chronology", "/chronology", "/api/v1/search", "/", "/requests")) {
            for (String name : List.of("format", "person", "q", "law", "path", "file")) {
                for (String value : hostile) {
                    String url = path + "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                    HttpResponse<String> r = served.get(url);
                    if (r.statusCode() >= 500 || r.body().contains(SECRET)) wrong.add(url + " -> " + r.statusCode());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
