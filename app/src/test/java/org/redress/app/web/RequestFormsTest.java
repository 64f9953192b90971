package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;

/** The records-request forms on /requests and /requests/{id}, posted like a browser does, against a real server and case. */
class RequestFormsTest {
    @TempDir
    static Path tmp;

    static ServedCase served;
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void serve() throws Exception {
        Path caseDir = tmp.resolve("case");
        assertThat(Cli.run("init", "--case", caseDir.toString()).code()).isZero();
        served = ServedCase.open(caseDir);
    }

    @AfterAll
    static void stop() {
        if (served != null) served.close();
    }

    static String base() {
        return served.base();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return served.get(path);
    }

    static HttpResponse<String> post(String path, String origin, String language, Map<String, String> fields)
            throws Exception {
        HttpRequest.Builder b = served.form(path, fields).header("Accept-Language", language);
        if (origin != null) b.header("Origin", origin);
        return served.send(b);
    }

    static int count() throws Exception {
        return json.readTree(get("/api/v1/requests").body()).get("total").asInt();
    }

    static Map<String, String> newRequest() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("law", "us-vt");
        f.put("agency", "Vermont DMV <script>alert(1)</script>");
        f.put("subject", "Emails between DMV staff and ICE about Migrant Justice");
        f.put("received", "2024-08-13");
        f.put("trackingNumber", "VT-DMV-2024-17");
        f.put("status", "filed");
        return f;
    }

    static long add() throws Exception {
        HttpResponse<String> r = post("/requests", base(), "en", newRequest());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/requests/\\d+");
        return Long.parseLong(location.substring("/requests/".length()));
    }

    @Test
    void theListPageHasTheFormAndAddingRedirectsToTheNewRequest() throws Exception {
        String page = get("/requests").body();
        assertThat(page)
                .contains("<form method=\"post\" action=\"/requests\"", "name=\"agency\"", "<option value=\"us-foia\"");
        int before = count();
        long id = add();
        assertThat(count()).isEqualTo(before + 1);
        JsonNode r = json.readTree(get("/api/v1/requests/" + id).body());
        assertThat(r.get("law").asText()).isEqualTo("us-vt");
        assertThat(r.get("trackingNumber").asText()).isEqualTo("VT-DMV-2024-17");
        assertThat(r.get("received").asText()).isEqualTo("2024-08-13");
        assertThat(r.get("status").asText()).isEqualTo("filed");
        String detail = get("/requests/" + id).body();
        assertThat(detail).contains("Vermont DMV &lt;script&gt;").doesNotContain("<script>alert(1)");
        assertThat(detail)
                .contains("action=\"/requests/" + id + "\"", "action=\"/requests/" + id + "/correspondence\"");
    }

    @Test
    void postsFromAnotherSiteOrWithoutOriginAreRefused() throws Exception {
        int before = count();
        assertThat(post("/requests", null, "en", newRequest()).statusCode()).isEqualTo(403);
        assertThat(post("/requests", "http://evil.example", "en", newRequest()).statusCode())
                .isEqualTo(403);
        long id = add();
        assertThat(post("/requests/" + id, "http://evil.example", "en", Map.of("status", "withdrawn"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(post(
                                "/requests/" + id + "/correspondence",
                                null,
                                "en",
                                Map.of("date", "2024-08-20", "direction", "in"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(count()).isEqualTo(before + 1);
        JsonNode r = json.readTree(get("/api/v1/requests/" + id).body());
        assertThat(r.get("status").asText()).isEqualTo("filed");
        assertThat(r.get("correspondence")).isEmpty();
    }

    @Test
    void aBadAddIsShownInTheReadersLanguageNamingTheFieldAndKeepsWhatWasTyped() throws Exception {
        int before = count();
        Map<String, String> f = newRequest();
        f.put("received", "2024-02-30");
        HttpResponse<String> es = post("/requests", base(), "es", f);
        assertThat(es.statusCode()).isEqualTo(400);
        assertThat(es.body())
                .contains("Recibida por el organismo: no se aceptó «2024-02-30»; escriba la fecha como AAAA-MM-DD")
                .contains(
                        "value=\"2024-02-30\"",
                        "value=\"VT-DMV-2024-17\"",
                        "Emails between DMV staff and ICE about Migrant Justice");
        f.put("received", "2024-08-13");
        f.put("agency", "  ");
        HttpResponse<String> en = post("/requests", base(), "en", f);
        assertThat(en.statusCode()).isEqualTo(400);
        assertThat(en.body()).contains("Agency: this field is required.");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void statusAndDatesAreUpdatedAndABadValueChangesNothing() throws Exception {
        long id = add();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("status", "denied");
        f.put("received", "2024-08-13");
        f.put("determined", "2024-08-16");
        f.put("extension", "yes");
        f.put("tolled", "2024-08-14:2024-08-15");
        HttpResponse<String> ok = post("/requests/" + id, base(), "en", f);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(303);
        assertThat(ok.headers().firstValue("Location")).contains("/requests/" + id);
        JsonNode r = json.readTree(get("/api/v1/requests/" + id).body());
        assertThat(r.get("status").asText()).isEqualTo("denied");
        assertThat(r.get("determined").asText()).isEqualTo("2024-08-16");
        assertThat(r.get("extension").asBoolean()).isTrue();
        assertThat(r.get("tolled").toString()).contains("2024-08-14").contains("2024-08-15");
        assertThat(r.get("deadlines").toString()).contains("\"kind\":\"extended_due\",\"due\":\"2024-09-05\"");
        String page = get("/requests/" + id).body();
        assertThat(page).contains("value=\"2024-08-16\"", "<option value=\"denied\" selected>");

        Map<String, String> bad = new LinkedHashMap<>(f);
        bad.put("status", "appealed");
        bad.put("appealed", "2024-08-20");
        bad.put("tolled", "2024-08-14:2024-08-15\n2024-08-19:2024-08-18");
        HttpResponse<String> refused = post("/requests/" + id, base(), "es", bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("Períodos de suspensión, uno por línea (DESDE:HASTA): no se aceptó «2024-08-19:2024-08-18»")
                .contains("value=\"2024-08-20\"", "<option value=\"appealed\" selected>");
        JsonNode after = json.readTree(get("/api/v1/requests/" + id).body());
        assertThat(after.get("status").asText()).isEqualTo("denied");
        assertThat(after.get("appealed").isNull()).isTrue();
        assertThat(after.get("tolled")).hasSize(1);

        HttpResponse<String> unchecked = post(
                "/requests/" + id,
                base(),
                "en",
                Map.of("status", "denied", "received", "2024-08-13", "determined", "2024-08-16", "tolled", ""));
        assertThat(unchecked.statusCode()).isEqualTo(303);
        JsonNode cleared = json.readTree(get("/api/v1/requests/" + id).body());
        assertThat(cleared.get("extension").asBoolean()).isFalse();
        assertThat(cleared.get("tolled")).isEmpty();
    }

    @Test
    void correspondenceIsLoggedAndABadDateIsRefused() throws Exception {
        long id = add();
        HttpResponse<String> ok = post(
                "/requests/" + id + "/correspondence",
                base(),
                "en",
                Map.of(
                        "date",
                        "2024-08-14",
                        "direction",
                        "in",
                        "kind",
                        "acknowledgment",
                        "summary",
                        "DMV acknowledged the request <b>by email</b>"));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(303);
        JsonNode c = json.readTree(get("/api/v1/requests/" + id).body()).get("correspondence");
        assertThat(c).hasSize(1);
        assertThat(c.get(0).get("date").asText()).isEqualTo("2024-08-14");
        assertThat(c.get(0).get("direction").asText()).isEqualTo("in");
        assertThat(c.get(0).get("kind").asText()).isEqualTo("acknowledgment");
        assertThat(get("/requests/" + id).body()).contains("DMV acknowledged the request &lt;b&gt;by email&lt;/b&gt;");

        HttpResponse<String> bad = post(
                "/requests/" + id + "/correspondence",
                base(),
                "es",
                Map.of("date", "14/08/2024", "direction", "out", "kind", "appeal", "summary", "Apelación enviada"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body())
                .contains(
                        "Fecha: no se aceptó «14/08/2024»; escriba la fecha como AAAA-MM-DD",
                        "Apelación enviada",
                        "value=\"14/08/2024\"");
        HttpResponse<String> missing =
                post("/requests/" + id + "/correspondence", base(), "en", Map.of("direction", "out"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("Date: this field is required.");
        assertThat(json.readTree(get("/api/v1/requests/" + id).body()).get("correspondence"))
                .hasSize(1);
    }
}
