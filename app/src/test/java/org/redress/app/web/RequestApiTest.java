package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;
import org.redress.app.wiring.CaseServices;
import org.redress.core.corpus.Source;
import org.redress.core.requests.Production;
import org.redress.core.requests.Request;
import org.redress.core.requests.RequestStatus;

/** The requests API and pages over HTTP against a real server and a real case. */
class RequestApiTest {
    @TempDir
    static Path tmp;

    static CaseServices caseFolder;
    static Javalin server;
    static long overdueId;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void serve() throws Exception {
        Path caseDir = tmp.resolve("case");
        assertThat(Cli.run("init", "--case", caseDir.toString()).code()).isZero();
        caseFolder = CaseServices.open(caseDir);
        Request overdue = caseFolder
                .folder()
                .requests()
                .add(Request.draft(
                                "us-foia",
                                "Department of Homeland Security",
                                "Informant <script>alert(1)</script> reports")
                        .toBuilder()
                        .received(LocalDate.of(2024, 2, 2))
                        .trackingNumber("2024-HQFO-00077")
                        .status(RequestStatus.ACKNOWLEDGED)
                        .build());
        overdueId = overdue.id();
        Source s = caseFolder.documents().source("2024-HQFO-00077 production 1", LocalDate.of(2024, 4, 1));
        caseFolder
                .folder()
                .requests()
                .addProduction(new Production(
                        0,
                        overdueId,
                        1,
                        s.id(),
                        null,
                        LocalDate.of(2024, 4, 1),
                        "DHS-0001",
                        "DHS-0040",
                        List.of("(b)(6)")));
        server = new WebServer(caseFolder, TestAccess.TOKEN, java.util.List.of()).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (caseFolder != null) caseFolder.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(
                TestAccess.authorized(URI.create("http://127.0.0.1:" + server.port() + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                TestAccess.authorized(URI.create("http://127.0.0.1:" + server.port() + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static int count() throws Exception {
        return json.readTree(get("/api/v1/requests").body()).get("total").asInt();
    }

    @Test
    void listAndOneRequest() throws Exception {
        HttpResponse<String> r = get("/api/v1/requests?today=2024-03-25");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode list = json.readTree(r.body());
        assertThat(list.get("today").asText()).isEqualTo("2024-03-25");
        JsonNode first = list.get("requests").get(0);
        assertThat(first.get("trackingNumber").asText()).isEqualTo("2024-HQFO-00077");
        assertThat(first.get("overdue").asBoolean()).isTrue();

        JsonNode one = json.readTree(get("/api/v1/requests/" + overdueId).body());
        assertThat(one.get("productions").get(0).get("source").get("name").asText())
                .isEqualTo("2024-HQFO-00077 production 1");
        assertThat(one.get("productions").get(0).get("exemptions").get(0).asText())
                .isEqualTo("(b)(6)");
        assertThat(json.readTree(get("/api/v1/requests/2024-HQFO-00077").body())
                        .get("id")
                        .asLong())
                .isEqualTo(overdueId);

        HttpResponse<String> missing = get("/api/v1/requests/9999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void postAddsAValidRequest() throws Exception {
        int before = count();
        HttpResponse<String> r = post("/api/v1/requests", """
                {"law":"us-vt","agency":"Vermont DMV","subject":"Emails with ICE","received":"2024-08-13","status":"filed",
                 "tolled":[], "extension": false}""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode body = json.readTree(r.body());
        assertThat(r.headers().firstValue("Location"))
                .contains("/api/v1/requests/" + body.get("id").asLong());
        assertThat(body.get("deadlines").get(0).get("due").asText()).isEqualTo("2024-08-19");
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void aBadDateIsA400NamingTheFieldAndStoresNothing() throws Exception {
        int before = count();
        HttpResponse<String> r = post("/api/v1/requests", """
                {"law":"us-foia","agency":"ICE","subject":"x","received":"2024-02-30"}""");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = json.readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(400);
        assertThat(p.get("field").asText()).isEqualTo("received");
        assertThat(p.get("detail").asText()).contains("received").contains("2024-02-30");
        assertThat(p.get("invalid-params").get(0).get("name").asText()).isEqualTo("received");

        assertThat(json.readTree(post("/api/v1/requests", "{\"law\":\"us-foia\",\"subject\":\"x\"}")
                                .body())
                        .get("field")
                        .asText())
                .isEqualTo("agency");
        assertThat(json.readTree(post(
                                        "/api/v1/requests",
                                        "{\"law\":\"us-foia\",\"agency\":\"a\",\"subject\":\"x\",\"colour\":1}")
                                .body())
                        .get("field")
                        .asText())
                .isEqualTo("colour");
        assertThat(post("/api/v1/requests", "not json").statusCode()).isEqualTo(400);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theCalendarFeed() throws Exception {
        HttpResponse<String> r = get("/api/v1/requests/calendar.ics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(r.body())
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("DTSTART;VALUE=DATE:20240304")
                .endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void pagesInEnglishAndSpanishEscapeWhatTheyShow() throws Exception {
        HttpResponse<String> en = get("/requests?lang=en&today=2024-03-25");
        assertThat(en.statusCode()).isEqualTo(200);
        assertThat(en.body())
                .contains("Records requests")
                .contains("2024-HQFO-00077")
                .contains("overdue")
                .contains("href=\"/requests\"")
                .doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;");
        HttpResponse<String> es = get("/requests?lang=es&today=2024-03-25");
        assertThat(es.body()).contains("Solicitudes").contains("vencida").contains("acusada de recibo");

        HttpResponse<String> one = get("/requests/" + overdueId + "?lang=en");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body())
                .contains("2024-HQFO-00077 production 1")
                .contains("href=\"/?q=source%3A%222024-HQFO-00077+production+1%22\"")
                .contains("DHS-0001")
                .contains("(b)(6)")
                .contains("Response due");
        assertThat(get("/requests/9999").statusCode()).isEqualTo(404);
    }
}
