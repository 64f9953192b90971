package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;
import org.redress.app.wiring.CaseServices;
import org.redress.core.corpus.Sha256;

/** The JSON API and the pages over HTTP, against a real server on the ingested demo case. */
class ApiTest {
    @TempDir
    static Path tmp;

    static Path production;
    static CaseServices caseFolder;
    static Javalin server;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void serveDemo() throws IOException {
        Path caseDir = tmp.resolve("case");
        production = tmp.resolve("demo");
        Cli.demoCase(caseDir, production);
        caseFolder = CaseServices.open(caseDir);
        server = new WebServer(caseFolder, TestAccess.TOKEN, java.util.List.of()).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.stop();
        if (caseFolder != null) caseFolder.close();
    }

    static String sha(String file) throws IOException {
        return Sha256.of(production.resolve(file));
    }

    static HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
        HttpRequest request = TestAccess.authorized(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    static JsonNode body(HttpResponse<byte[]> r) throws IOException {
        return json.readTree(r.body());
    }

    static String contentType(HttpResponse<byte[]> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void assertProblem(HttpResponse<byte[]> r, int status) throws IOException {
        assertThat(r.statusCode()).as(text(r)).isEqualTo(status);
        assertThat(contentType(r)).startsWith("application/problem+json");
        JsonNode p = body(r);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("detail").asText()).isNotBlank();
    }

    @Test
    void search() throws Exception {
        HttpResponse<byte[]> r = get("/api/v1/search?q=" + q("balcazar") + "&type=email");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(contentType(r)).startsWith("application/json");
        JsonNode doc = body(r);
        assertThat(doc.get("total").asLong()).isEqualTo(1);
        JsonNode hit = doc.get("hits").get(0);
        assertThat(hit.get("documentId").asText()).isEqualTo(sha("001-dmv-to-ice.eml"));
        assertThat(hit.get("path").asText()).isEqualTo("demo/001-dmv-to-ice.eml");
        assertThat(hit.get("page").asInt()).isEqualTo(1);
        assertThat(hit.get("date").asText()).startsWith("2017-03-02");
        assertThat(hit.get("snippet").asText()).contains("<mark>Balcazar</mark>");
        assertThat(doc.get("facets").get("type").findValuesAsText("value")).containsExactly("email");
    }

    @Test
    void searchWithoutFilterHasFacetsOverEveryType() throws Exception {
        JsonNode doc = body(get("/api/v1/search?q=balcazar"));
        assertThat(doc.get("total").asLong()).isGreaterThan(1);
        assertThat(doc.get("facets").get("type").findValuesAsText("value")).contains("email", "pdf");
        List<String> dimensions = new ArrayList<>();
        doc.get("facets").fieldNames().forEachRemaining(dimensions::add);
        assertThat(dimensions).containsExactly("type", "source", "domain", "year", "person", "entity");
    }

    @Test
    void hostileSnippetIsEscaped() throws Exception {
        JsonNode doc = body(get("/api/v1/search?q=" + q("\"contact list\"")));
        assertThat(doc.get("hits")).singleElement().satisfies(h -> {
            assertThat(h.get("path").asText()).isEqualTo("demo/007-hostile-note.html");
            assertThat(h.get("snippet").asText())
                    .doesNotContain("<script")
                    .doesNotContain("<img")
                    .contains("&lt;img src=x onerror=alert(1)&gt;");
        });
    }

    @Test
    void malformedQueryIsA400Problem() throws Exception {
        assertProblem(get("/api/v1/search?q=" + q("\"unclosed")), 400);
        assertProblem(get("/api/v1/search?q=balcazar&limit=many"), 400);
    }

    @Test
    void document() throws Exception {
        HttpResponse<byte[]> r = get("/api/v1/documents/" + sha("003-field-office-memo.pdf"));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = body(r);
        assertThat(doc.get("pageCount").asInt()).isEqualTo(3);
        assertThat(doc.get("provenance").findValuesAsText("path"))
                .containsExactlyInAnyOrder("demo/003-field-office-memo.pdf", "demo/006-duplicate-of-memo.pdf");
        assertThat(doc.get("title").asText()).isEqualTo("Field office memorandum: community activity");
    }

    @Test
    void page() throws Exception {
        String id = sha("003-field-office-memo.pdf");
        HttpResponse<byte[]> r = get("/api/v1/documents/" + id + "/pages/2");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode page = body(r);
        assertThat(page.get("number").asInt()).isEqualTo(2);
        assertThat(page.get("ocr").asBoolean()).isFalse();
        assertThat(page.get("text").asText()).contains("A confidential source reports");
        assertProblem(get("/api/v1/documents/" + id + "/pages/4"), 404);
        assertProblem(get("/api/v1/documents/" + id + "/pages/two"), 400);
    }

    @Test
    void originalIsTheExactBytesAsADownload() throws Exception {
        Path file = production.resolve("007-hostile-note.html");
        HttpResponse<byte[]> r = get("/api/v1/documents/" + sha("007-hostile-note.html") + "/original");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(Files.readAllBytes(file));
        assertThat(contentType(r)).isEqualTo("application/octet-stream");
        assertThat(r.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"007-hostile-note.html\"; filename*=UTF-8''007-hostile-note.html");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void originalOfAnArchiveMember() throws Exception {
        HttpResponse<byte[]> r = get("/api/v1/documents/" + sha("004-arrest-report-scan.pdf") + "/original");
        assertThat(r.body()).isEqualTo(Files.readAllBytes(production.resolve("004-arrest-report-scan.pdf")));
    }

    @Test
    void unknownDocumentIsA404Problem() throws Exception {
        assertProblem(get("/api/v1/documents/0123456789abcdef"), 404);
        assertProblem(get("/api/v1/documents/0123456789abcdef/pages/1"), 404);
        assertProblem(get("/api/v1/documents/0123456789abcdef/original"), 404);
        assertThat(text(get("/api/v1/documents/0123456789abcdef"))).contains("0123456789abcdef");
    }

    @Test
    void unknownApiRouteIsA404Problem() throws Exception {
        assertProblem(get("/api/v1/no-such-thing"), 404);
        HttpResponse<byte[]> page = get("/no-such-page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(contentType(page)).startsWith("text/html");
    }

    @Test
    void unknownPagesAreTheSitesOwnBilingualPage() throws Exception {
        HttpResponse<byte[]> en = get("/search?lang=en");
        assertThat(en.statusCode()).isEqualTo(404);
        assertThat(text(en))
                .contains("<h1>Not found</h1>")
                .contains("There is nothing at /search.")
                .contains("<nav")
                .doesNotContain("Endpoint GET");
        HttpResponse<byte[]> es = get("/search?lang=es");
        assertThat(es.statusCode()).isEqualTo(404);
        assertThat(text(es))
                .contains("<h1>No encontrado</h1>")
                .contains("No hay nada en /search.")
                .contains("<html lang=\"es\">");
        HttpResponse<byte[]> hostile = get("/%3Cscript%3Ealert(1)%3C/script%3E");
        assertThat(hostile.statusCode()).isEqualTo(404);
        assertThat(text(hostile)).doesNotContain("<script>alert");
        assertThat(text(get("/api/v1/nope"))).contains("There is nothing at /api/v1/nope.");
    }

    @Test
    void securityHeadersOnPagesAndApi() throws Exception {
        for (String path : new String[] {"/", "/api/v1/search?q=balcazar", "/api/v1/documents/nope"}) {
            HttpResponse<byte[]> r = get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp)
                    .as(path)
                    .contains("default-src 'self'")
                    .contains("script-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval");
            assertThat(r.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        }
    }

    @Test
    void hostileDocumentPageIsEscaped() throws Exception {
        HttpResponse<byte[]> r = get("/documents/" + sha("007-hostile-note.html") + "?q=" + q("contact"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(contentType(r)).startsWith("text/html");
        String html = text(r);
        // The only scripts are the server's own (the top bar's menus, cite by selecting); nothing of the document's
        // runs.
        String menus = "<script src=\"/menus.js\" defer></script>";
        String cite = "<script src=\"/cite.js\" defer></script>";
        assertThat(html).containsOnlyOnce(menus).containsOnlyOnce(cite);
        assertThat(html.replace(menus, "").replace(cite, ""))
                .doesNotContainIgnoringCase("<script")
                .doesNotContain("<img src=x")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("<mark>contact</mark>");
    }

    @Test
    void htmlErrorsAreHtmlWithTheRightStatus() throws Exception {
        HttpResponse<byte[]> r = get("/documents/0123456789abcdef");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(contentType(r)).startsWith("text/html");
        assertThat(text(r)).contains("0123456789abcdef").contains("<h1>Not found</h1>");
        HttpResponse<byte[]> bad = get("/?q=" + q("\"unclosed"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(text(bad)).contains("role=\"alert\"");
    }
}
