package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.casemodel.SmallCase;

/** The case-model API and pages over real HTTP on the small imported case. */
class CaseWebTest {
    @TempDir
    static Path tmp;

    static SmallCase small;
    static ServedCase served;
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void serve() throws Exception {
        small = SmallCase.imported(tmp);
        served = ServedCase.open(small.dir);
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

    static HttpResponse<String> postJson(String path, String body) throws Exception {
        return served.send(served.request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static HttpResponse<String> postForm(String path, String origin, Map<String, String> fields) throws Exception {
        HttpRequest.Builder b = served.form(path, fields);
        if (origin != null) b.header("Origin", origin);
        return served.send(b);
    }

    static HttpResponse<String> postFormFetchSite(String origin, String fetchSite, Map<String, String> fields)
            throws Exception {
        return served.send(
                served.form("/events", fields).header("Origin", origin).header("Sec-Fetch-Site", fetchSite));
    }

    static JsonNode body(HttpResponse<String> r) throws Exception {
        return json.readTree(r.body());
    }

    @Test
    void peopleEventsAndChronologyAsJson() throws Exception {
        JsonNode people = body(get("/api/v1/people"));
        assertThat(people.get("people").findValuesAsText("name")).contains("Enrique Balcázar", SmallCase.HOSTILE);
        JsonNode kike = people.get("people").findParents("name").stream()
                .filter(p -> p.get("name").asText().equals("Enrique Balcázar"))
                .findFirst()
                .orElseThrow();
        assertThat(kike.get("aliases").toString()).isEqualTo("[\"Kike\",\"E. Balcazar\"]");
        assertThat(kike.get("role").asText()).isEqualTo("subject");

        JsonNode e5 = body(get("/api/v1/events/E5"));
        assertThat(e5.get("date").asText()).isEqualTo("~2017-04-10");
        assertThat(e5.get("precision").asText()).isEqualTo("around");
        assertThat(e5.get("earliest").asText()).isEqualTo("2017-04-07");
        assertThat(e5.get("people").get(0).get("part").asText()).isEqualTo("target");
        assertThat(get("/api/v1/events/E404").statusCode()).isEqualTo(404);

        JsonNode chron = body(get("/api/v1/chronology?person=Kike"));
        assertThat(chron.get("events").findValuesAsText("id")).containsExactly("E1", "E2");
        HttpResponse<String> docx = get("/api/v1/chronology?format=docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Disposition").orElse("")).contains("chronology.docx");
        HttpResponse<String> svg = get("/api/v1/chronology/timeline.svg");
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(svg.body()).contains("16 d").doesNotContain("<script>");
    }

    @Test
    void eventsAndCitationsRoundTripAndAMissingPageIsRefused() throws Exception {
        HttpResponse<String> created = postJson("/api/v1/events", """
                [{"id": "API1", "date": "2017-05-01", "kind": "adverse.surveillance", "people": ["Victor Diaz"], "description": "Watched"}]""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> cite = postJson(
                "/api/v1/events/API1/citations",
                "{\"type\": \"document\", \"document\": \"" + small.docId.substring(0, 8)
                        + "\", \"page\": 2, \"quote\": \"arrest him\"}");
        assertThat(cite.statusCode()).as(cite.body()).isEqualTo(201);
        assertThat(body(cite).get("document").asText()).isEqualTo(small.docId);
        JsonNode back = body(get("/api/v1/events/API1"));
        assertThat(back.get("citations").get(0).get("page").asInt()).isEqualTo(2);
        assertThat(back.get("description").asText()).isEqualTo("Watched");

        HttpResponse<String> missing = postJson(
                "/api/v1/events/API1/citations",
                "{\"type\": \"document\", \"document\": \"" + small.docId + "\", \"page\": 7}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(body(missing).get("detail").asText()).contains("has 2 pages; there is no page 7");
        assertThat(body(get("/api/v1/events/API1")).get("citations")).hasSize(1);

        HttpResponse<String> badDate =
                postJson("/api/v1/events", "[{\"date\": \"2017-13-01\", \"kind\": \"adverse.arrest\"}]");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(body(badDate).get("detail").asText()).contains("item 1, field date", "month 13 does not exist");
    }

    @Test
    void claimsFindingsAndGapsThroughTheApi() throws Exception {
        assertThat(postJson("/api/v1/claims", "{\"template\": \"selective-enforcement\"}")
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> f = postJson(
                "/api/v1/claims/selective-enforcement/findings",
                "{\"element\": \"discriminatory-effect\", \"event\": \"E4\", \"weight\": \"supports\"}");
        assertThat(f.statusCode()).as(f.body()).isEqualTo(201);
        JsonNode gaps = body(get("/api/v1/claims/gaps"));
        JsonNode se = gaps.get("claims").findParents("claim").stream()
                .filter(c -> c.get("claim").asText().equals("selective-enforcement"))
                .findFirst()
                .orElseThrow();
        assertThat(se.get("unsupported").toString()).isEqualTo("[\"discriminatory-purpose\"]");
        assertThat(body(get("/api/v1/claims")).get("templates").findValuesAsText("id"))
                .contains("dppa-disclosure", "retaliatory-arrest");
        assertThat(postJson("/api/v1/claims", "{\"template\": \"nope\"}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void analysisEndpointsKeepTheFieldNames() throws Exception {
        JsonNode p = body(get("/api/v1/analysis/proximity"));
        JsonNode row = p.get("rows").get(0);
        assertThat(row.get("event").asText()).isEqualTo("E2");
        assertThat(row.get("gapDaysMin").asLong()).isEqualTo(16);
        assertThat(row.get("orgGapDaysMax").asLong()).isEqualTo(16);
        JsonNode c = body(get("/api/v1/analysis/clustering?window=30&permutations=500&seed=3"));
        for (String field : new String[] {"observed", "expected", "p", "pLow", "pHigh"})
            assertThat(c.has(field)).as(field).isTrue();
        assertThat(c.get("observed").asInt()).isEqualTo(2);
        JsonNode rates = body(get("/api/v1/analysis/rates?benchmarkSize=100&benchmarkEvents=5"));
        assertThat(rates.get("group").has("rateRatio")).isTrue();
        String arrests = get("/api/v1/analysis/rates?benchmarkSize=100&benchmarkEvents=5&kind=adverse.arrest")
                .body();
        assertThat(get("/api/v1/analysis/rates?benchmarkSize=100&benchmarkEvents=5&kind=Adverse.ARREST")
                        .body())
                .isEqualTo(arrests);
        HttpResponse<String> typo =
                get("/api/v1/analysis/rates?benchmarkSize=100&benchmarkEvents=5&kind=adverse.arest");
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(body(typo).get("detail").asText()).contains("did you mean adverse.arrest");
        assertThat(get("/api/v1/analysis/clustering?window=x").statusCode()).isEqualTo(400);
    }

    @Test
    void pagesEscapeHostileNamesAndSpeakSpanish() throws Exception {
        for (String page : new String[] {
            "/people", "/events", "/events/E2", "/chronology", "/chronology?person=Kike", "/claims", "/analysis"
        }) {
            HttpResponse<String> r = get(page);
            assertThat(r.statusCode()).as(page + "\n" + r.body()).isEqualTo(200);
            assertThat(r.body()).as(page).doesNotContain("<script>alert(1)");
        }
        assertThat(get("/people").body()).contains("Agent &lt;script&gt;alert(1)&lt;/script&gt; &amp; \"Co\"");
        assertThat(get("/events/E2").body()).contains("Agent &lt;script&gt;");
        assertThat(get("/chronology").body())
                .contains("/api/v1/chronology/timeline.svg", "Press conference on DMV data sharing");
        String es = get("/chronology?lang=es").body();
        assertThat(es).contains("Cronología", "Controvertido", "lang=\"es\"");
        assertThat(get("/claims?lang=es").body()).contains("Pretensiones");
        assertThat(get("/analysis").body()).contains("16");
    }

    @Test
    void formsPostFromThisOriginOnlyAndReportBadInput() throws Exception {
        Map<String, String> event = Map.of(
                "date",
                "2017-06-01",
                "time",
                "09:15",
                "kind",
                "protected.public_statement",
                "people",
                "Zully Palacios",
                "description",
                "Statement to the press",
                "disputed",
                "yes");
        assertThat(postForm("/events", null, event).statusCode()).isEqualTo(403);
        assertThat(postForm("/events", "http://evil.example", event).statusCode())
                .isEqualTo(403);
        // "Origin: null" (a browser hiding the origin) passes only when the browser's Sec-Fetch-Site says same-origin.
        assertThat(postForm("/events", "null", event).statusCode()).isEqualTo(403);
        assertThat(postFormFetchSite("null", "cross-site", event).statusCode()).isEqualTo(403);
        assertThat(postFormFetchSite("null", "same-site", event).statusCode()).isEqualTo(403);
        HttpResponse<String> ok = postForm("/events", base(), event);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(303);
        String location = ok.headers().firstValue("Location").orElseThrow();
        String id = location.substring("/events/".length());
        JsonNode e = body(get("/api/v1/events/" + id));
        assertThat(e.get("date").asText()).isEqualTo("2017-06-01T09:15");
        assertThat(e.get("disputed").asBoolean()).isTrue();

        HttpResponse<String> edit = postForm(
                "/events/" + id,
                base(),
                Map.of(
                        "date",
                        "2017-06-02",
                        "kind",
                        "protected.public_statement",
                        "people",
                        "Zully Palacios",
                        "description",
                        "Statement, corrected"));
        assertThat(edit.statusCode()).isEqualTo(303);
        assertThat(body(get("/api/v1/events/" + id)).get("date").asText()).isEqualTo("2017-06-02");

        HttpResponse<String> witness = postForm(
                "/events/" + id + "/citations",
                base(),
                Map.of(
                        "type",
                        "witness",
                        "witness",
                        "Ana Ruiz",
                        "saw",
                        "agents photographing the speakers",
                        "vehicles",
                        "grey SUV",
                        "badges",
                        "4411"));
        assertThat(witness.statusCode()).as(witness.body()).isEqualTo(303);
        assertThat(get("/events/" + id).body()).contains("statement of Ana Ruiz", "grey SUV", "4411");

        HttpResponse<String> bad = postForm(
                "/events", base(), Map.of("date", "2017-02-30", "kind", "adverse.arrest", "people", "Zully Palacios"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("February 2017 has 28 days");
        HttpResponse<String> badPage = postForm(
                "/events/" + id + "/citations",
                base(),
                Map.of("type", "document", "document", small.docId, "page", "9"));
        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(badPage.body()).contains("there is no page 9");

        HttpResponse<String> person =
                postForm("/people", base(), Map.of("name", "<img src=x onerror=alert(2)>", "role", "witness"));
        assertThat(person.statusCode()).isEqualTo(303);
        assertThat(get("/people").body())
                .contains("&lt;img src=x onerror=alert(2)&gt;")
                .doesNotContain("<img src=x");
        HttpResponse<String> claim = postForm("/claims", base(), Map.of("template", "dppa-disclosure"));
        assertThat(claim.statusCode()).isEqualTo(303);
        HttpResponse<String> link = postForm(
                "/claims/link",
                base(),
                Map.of("element", "dppa-disclosure/knowing-act", "event", "E2", "weight", "weakly"));
        assertThat(link.statusCode()).as(link.body()).isEqualTo(303);
        assertThat(get("/claims").body())
                .contains("Driver's Privacy Protection Act", "18 U.S.C. § 2721(b)(1)", "weakly");
    }

    @Test
    void formsTakeAKindInAnySpellingOfItsWordsAndStoreItsCode() throws Exception {
        HttpResponse<String> ok = postForm(
                "/events",
                base(),
                Map.of(
                        "date",
                        "2017-06-05",
                        "kind",
                        " Protected.Public Statement ",
                        "people",
                        "Zully Palacios",
                        "description",
                        "Spelled as people say it"));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(303);
        String id = ok.headers().firstValue("Location").orElseThrow().substring("/events/".length());
        assertThat(body(get("/api/v1/events/" + id)).get("kind").asText()).isEqualTo("protected.public_statement");

        HttpResponse<String> typo = postForm(
                "/events",
                base(),
                Map.of(
                        "date",
                        "2017-06-06",
                        "kind",
                        "protected.publc_statement",
                        "people",
                        "Zully Palacios",
                        "description",
                        "Misspelled"));
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(typo.body()).contains("is not a known event kind; did you mean protected.public_statement");
        assertThat(body(get("/api/v1/events")).get("events").findValuesAsText("description"))
                .doesNotContain("Misspelled");
    }

    @Test
    void spanishPagesWordTheAnalysisAndTheClaimsInSpanishWhileTheApiStaysEnglish() throws Exception {
        postJson("/api/v1/claims", "{\"template\": \"retaliatory-arrest\"}");
        String analysis = get("/analysis?lang=es&window=30").body();
        assertThat(analysis)
                .contains(
                        "Arresto (E2) que afectó a Enrique Balcázar el 2017-03-17T07:30 se produjo 16 días después de "
                                + "su última actividad protegida (rueda de prensa, 2017-03-01, E1).",
                        "tuvo lugar entre 37 y 43 días antes.",
                        "2 de 3 medidas adversas ocurrieron en un plazo de 30 días",
                        "3 medidas adversas contra ")
                .containsPattern("contra \\d+ personas? afectadas?;")
                .containsPattern("cabría esperar alrededor de \\d+,\\d+\\.")
                .containsPattern("probabilidad p = 0,\\d+ \\(")
                .containsPattern("<dd>\\d+,\\d{3}</dd>")
                .doesNotContain("lang=\"en\">", "adverse action", "came 16 days after", "(s)");
        String en = get("/analysis?window=30").body();
        assertThat(en)
                .contains(
                        "The arrest (E2) affecting Enrique Balcázar on 2017-03-17T07:30 came 16 days after their latest protected activity")
                .containsPattern("about \\d+\\.\\d+ would be expected");

        String claims = get("/claims?lang=es").body();
        assertThat(claims)
                .contains(
                        "<h2>Arresto en represalia pese a existir causa probable (o causal de deportabilidad)</h2>",
                        "<span>Falta de causa probable (o de fundamento legal para el arresto migratorio)</span>",
                        "elementos aún carecen de prueba que los respalde: Actividad protegida; Arresto o detención;",
                        ">Represalia en violación de la Primera Enmienda</option>",
                        "<cite lang=\"en\">Nieves v. Bartlett, 587 U.S. 391 (2019)</cite>")
                .containsPattern("\\d+ pretensi(ón|ones); \\d+ elementos? aún sin prueba\\.")
                .doesNotContain("<h2 lang=\"en\">", "still lack supporting evidence");
        assertThat(get("/claims").body())
                .contains(
                        "Retaliatory arrest where probable cause (or removability) exists",
                        "still lack supporting evidence: Protected activity; Arrest or detention;");

        // The JSON API keeps the analysis module's English sentences, whatever the page language.
        JsonNode p = body(get("/api/v1/analysis/proximity?lang=es"));
        assertThat(p.get("summary").asText()).contains("3 adverse actions against");
        assertThat(p.get("rows").get(0).get("summary").asText()).startsWith("The arrest (E2) affecting");
        JsonNode c = body(get("/api/v1/analysis/clustering?window=30&permutations=500&seed=3&lang=es"));
        assertThat(c.get("summary").asText())
                .contains("would be expected if the actions had fallen on random days")
                .containsPattern("p = 0\\.\\d+");
        JsonNode gaps = body(get("/api/v1/claims/gaps?lang=es"));
        assertThat(gaps.get("summary").asText()).containsPattern("\\d+ elements? still unsupported");
        JsonNode ra = gaps.get("claims").findParents("claim").stream()
                .filter(x -> x.get("claim").asText().equals("retaliatory-arrest"))
                .findFirst()
                .orElseThrow();
        assertThat(ra.get("title").asText())
                .isEqualTo("Retaliatory arrest where probable cause (or removability) exists");
        assertThat(ra.get("summary").asText()).contains("still lack supporting evidence");
    }
}
