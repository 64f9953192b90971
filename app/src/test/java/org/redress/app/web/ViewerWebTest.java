package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.Citation;
import org.redress.core.corpus.Sha256;

/**
 * The document viewer over HTTP on the demo case: page images of PDFs (and none for an email), the document page one
 * page at a time with a cited quote marked, and the cite form turning a quote into a citation of an event.
 */
class ViewerWebTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String QUOTE = "A confidential source reports that the group will hold a march on March 17.";

    @TempDir
    static Path tmp;

    static ServedCase served;
    static String memo;
    static String scan;
    static String email;

    @BeforeAll
    static void start() throws Exception {
        Path caseDir = tmp.resolve("case");
        Path production = tmp.resolve("demo");
        Cli.demoCase(caseDir, production);
        memo = Sha256.of(production.resolve("003-field-office-memo.pdf"));
        scan = Sha256.of(production.resolve("004-arrest-report-scan.pdf"));
        email = Sha256.of(production.resolve("001-dmv-to-ice.eml"));
        served = ServedCase.open(caseDir);
    }

    @AfterAll
    static void stop() {
        if (served != null) served.close();
    }

    static HttpResponse<byte[]> bytes(String path) throws Exception {
        return HTTP.send(served.request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode problem(HttpResponse<byte[]> r) throws Exception {
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void aScanWithoutTitleIsHeadedByItsFileNameAndAnEmailByItsSubject() throws Exception {
        String page =
                new String(bytes("/documents/" + scan + "?lang=es").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("<h1>004-arrest-report-scan.pdf</h1>").doesNotContain("Documento sin título");
        assertThat(page).contains("<title>004-arrest-report-scan.pdf");
        String mail = new String(bytes("/documents/" + email).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(mail).doesNotContain("<h1>001-dmv-to-ice.eml</h1>").doesNotContain("Untitled document");
    }

    @Test
    void pdfPagesAreDrawnAsPngsThatTheBrowserDoesNotKeep() throws Exception {
        HttpResponse<byte[]> r = bytes("/api/v1/documents/" + memo + "/pages/2/image");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
        assertThat(r.headers().firstValue("Cache-Control").orElse("")).isEqualTo("no-store");
        byte[] png = r.body();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isBetween(1000, 2000);
        // The scanned arrest report (an image-only PDF) has its page image too; a short id works as elsewhere.
        assertThat(bytes("/api/v1/documents/" + scan.substring(0, 12) + "/pages/1/image")
                        .body())
                .startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void anEmailHasNoPageImageAndBadPageNumbersAreRefused() throws Exception {
        HttpResponse<byte[]> text = bytes("/api/v1/documents/" + email + "/pages/1/image");
        assertThat(text.statusCode()).isEqualTo(404);
        assertThat(problem(text).get("detail").asText()).contains("no page image");
        HttpResponse<byte[]> beyond = bytes("/api/v1/documents/" + memo + "/pages/9/image");
        assertThat(beyond.statusCode()).isEqualTo(404);
        assertThat(problem(beyond).get("detail").asText()).contains("3 pages");
        assertThat(bytes("/api/v1/documents/" + memo + "/pages/0/image").statusCode())
                .isEqualTo(400);
        HttpResponse<byte[]> word = bytes("/api/v1/documents/" + memo + "/pages/two/image");
        assertThat(word.statusCode()).isEqualTo(400);
        assertThat(problem(word).get("detail").asText()).contains("whole number");
        assertThat(bytes("/api/v1/documents/0123456789abcdef/pages/1/image").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theDocumentPageShowsOnePageBesideItsImageAndMarksTheQuote() throws Exception {
        String quote = java.net.URLEncoder.encode(
                "confidential SOURCE   reports that the group", java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> page = served.get("/documents/" + memo + "?page=2&quote=" + quote + "&lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html)
                .contains("id=\"page-2\"")
                .doesNotContain("id=\"page-1\"")
                .doesNotContain("id=\"page-3\"");
        assertThat(html).contains("Page 2 of 3");
        assertThat(html).contains("src=\"/api/v1/documents/" + memo + "/pages/2/image\"");
        assertThat(html).contains("href=\"/documents/" + memo + "?page=1\" rel=\"prev\"");
        assertThat(html).contains("href=\"/documents/" + memo + "?page=3\" rel=\"next\"");
        assertThat(html)
                .containsPattern(
                        "<span class=\"mark quote\" id=\"at-quote\"[^>]*>confidential source reports that the group</span>");
        assertThat(html).contains("<script src=\"/cite.js\" defer></script>");
        // Every page, without ?page; an email has no image.
        String all = served.get("/documents/" + memo).body();
        assertThat(all).contains("id=\"page-1\"", "id=\"page-2\"", "id=\"page-3\"", "href=\"#page-2\" rel=\"next\"");
        assertThat(served.get("/documents/" + email).body())
                .doesNotContain("/image\"")
                .contains("id=\"cite-form\"");
        // A page that is not there, or not a number.
        assertThat(served.get("/documents/" + memo + "?page=4").statusCode()).isEqualTo(404);
        assertThat(served.get("/documents/" + memo + "?page=dos").statusCode()).isEqualTo(400);
        // A quote the page does not have is said to be missing, in Spanish too.
        String missing = served.get("/documents/" + memo + "?page=1&quote=nowhere+to+be+found&lang=es")
                .body();
        assertThat(missing).contains("El pasaje citado no aparece").doesNotContain("id=\"at-quote\"");
    }

    @Test
    void theCiteFormMakesANewEventWithTheCitationAndTheChronologyLinksBack() throws Exception {
        var made = served.send(served.form(
                        "/documents/" + memo + "/cite",
                        Map.of(
                                "quote", "  " + QUOTE.replace(" march ", "\n march "),
                                "page", "2",
                                "event", "",
                                "date", "2017-03-14",
                                "kind", "adverse.surveillance",
                                "description", "A source inside the group's meetings"))
                .header("Origin", served.base()));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(303);
        String location = made.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/events/");
        CaseEvent event = served.folder
                .caseModel()
                .store()
                .event(java.net.URLDecoder.decode(
                        location.substring("/events/".length()), java.nio.charset.StandardCharsets.UTF_8))
                .orElseThrow();
        assertThat(event.kind().code()).isEqualTo("adverse.surveillance");
        assertThat(event.citations()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(Citation.Type.DOCUMENT);
            assertThat(c.documentId()).isEqualTo(memo);
            assertThat(c.page()).isEqualTo(2);
            assertThat(c.quote()).isEqualTo(QUOTE);
        });
        // A second quote to the same, existing event.
        var again = served.send(served.form(
                        "/documents/" + memo + "/cite",
                        Map.of("quote", "Officers will be present.", "page", "2", "event", event.id()))
                .header("Origin", served.base()));
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(served.folder
                        .caseModel()
                        .store()
                        .event(event.id())
                        .orElseThrow()
                        .citations())
                .hasSize(2);

        String chronology = served.get("/chronology?lang=en").body();
        String link = "/documents/" + memo + "?page=2&amp;quote=" + Pages.enc(QUOTE) + "#at-quote";
        assertThat(chronology).contains("href=\"" + link + "\"");
        String marked = served.get("/documents/" + memo + "?page=2&quote=" + Pages.enc(QUOTE))
                .body();
        assertThat(marked).contains("id=\"at-quote\"");
    }

    @Test
    void aRefusedCiteFormIsShownAgainWithWhatWasTypedAndStoresNothing() throws Exception {
        int before = served.folder.caseModel().store().events().size();
        var noEvent = served.send(served.form(
                        "/documents/" + memo + "/cite",
                        Map.of("quote", "Recommend that arrests", "page", "2", "event", ""))
                .header("Origin", served.base())
                .header("Accept-Language", "en"));
        assertThat(noEvent.statusCode()).isEqualTo(400);
        assertThat(noEvent.body())
                .contains("give the new event's date and kind")
                .contains(">Recommend that arrests</textarea>");
        var badPage = served.send(served.form(
                        "/documents/" + memo + "/cite",
                        Map.of("quote", "x", "page", "7", "event", "", "date", "2017-03-14", "kind", "adverse.arrest"))
                .header("Origin", served.base()));
        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(badPage.body()).contains("there is no page 7");
        var badKind = served.send(served.form(
                        "/documents/" + memo + "/cite",
                        Map.of("quote", "x", "page", "1", "event", "", "date", "2017-03-14", "kind", "picnic"))
                .header("Origin", served.base()));
        assertThat(badKind.statusCode()).isEqualTo(400);
        var noSuchEvent = served.send(
                served.form("/documents/" + memo + "/cite", Map.of("quote", "x", "page", "1", "event", "E404"))
                        .header("Origin", served.base()));
        assertThat(noSuchEvent.statusCode()).isEqualTo(400);
        assertThat(served.folder.caseModel().store().events()).hasSize(before);
        // The form token is checked by the filter, as on every form.
        var forged = served.send(
                served.formWithout("/documents/" + memo + "/cite", Map.of("quote", "x", "page", "1", "event", ""))
                        .header("Origin", served.base()));
        assertThat(forged.statusCode()).isEqualTo(403);
    }
}
