package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.export.SearchHitsCsv;
import org.redress.app.export.SyntheticCase;
import org.redress.app.wiring.CaseServices;
import org.redress.core.audit.AuditEntry;
import org.redress.core.audit.RecordedEntry;

/** A search's hits as CSV and its originals as a zip, over HTTP, past the 10,000 hits where Datashare stops. */
class SearchExportWebTest {
    static final int DOCUMENTS = 1001;
    static final int PAGES = 10;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path tmp;

    static ServedCase served;
    static List<String> ids;

    @BeforeAll
    static void aLargeCase() throws Exception {
        Path caseDir = tmp.resolve("case");
        try (CaseServices c = CaseServices.init(caseDir)) {
            ids = SyntheticCase.fill(c, "ICE production 3", DOCUMENTS, PAGES, i -> switch (i % 4) {
                case 0 -> "memos/memo.txt"; // the same name in many folders
                case 1 -> "MEMOS/Memo.TXT";
                case 2 -> "../../etc/pass:wd\u0007?.txt";
                default -> "records/record-" + i + ".txt";
            });
        }
        served = ServedCase.open(caseDir);
    }

    @AfterAll
    static void stop() {
        if (served != null) served.close();
    }

    static HttpResponse<InputStream> download(String path) throws Exception {
        return HTTP.send(served.request(path).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    @Test
    void everyHitIsARowOfTheCsvInTheSearchOrder() throws Exception {
        HttpResponse<InputStream> answer = download("/search/hits.csv?q=surveillance&sort=date");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(answer.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment", "search-hits.csv");
        List<CSVRecord> rows;
        try (CSVParser csv = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .get()
                .parse(new InputStreamReader(answer.body(), StandardCharsets.UTF_8))) {
            assertThat(csv.getHeaderNames()).isEqualTo(SearchHitsCsv.HEADER);
            rows = csv.getRecords();
        }
        assertThat(rows).hasSize(DOCUMENTS * PAGES).hasSizeGreaterThan(10_000);
        Set<String> pages = new HashSet<>();
        String previous = "";
        for (CSVRecord r : rows) {
            pages.add(r.get("document_id") + "/" + r.get("page"));
            assertThat(r.get("source")).isEqualTo("ICE production 3");
            assertThat(r.get("snippet")).contains("surveillance van").doesNotContain("<mark>");
            assertThat(r.get("date")).isGreaterThanOrEqualTo(previous);
            previous = r.get("date");
        }
        assertThat(pages).hasSize(DOCUMENTS * PAGES);
        CSVRecord last = rows.get(rows.size() - 1);
        assertThat(ids).contains(last.get("document_id"));
        assertThat(last.get("title")).startsWith("Record ");

        // A filter keeps the export to what the page shows.
        HttpResponse<String> filtered = served.get("/search/hits.csv?q=surveillance&source=nowhere");
        assertThat(filtered.body().strip().lines()).hasSize(1);
    }

    @Test
    void theOriginalsOfEveryMatchingDocumentAreInTheZipUnderSafeUniqueNames() throws Exception {
        HttpResponse<InputStream> answer = download("/search/originals.zip?q=surveillance");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/zip");
        Set<String> names = new HashSet<>();
        int entries = 0;
        boolean checkedBytes = false;
        try (ZipInputStream zip = new ZipInputStream(answer.body())) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries++;
                String name = e.getName();
                assertThat(names.add(name.toLowerCase(Locale.ROOT))).as(name).isTrue();
                assertThat(name).doesNotContain("/", "\\", ":", "?", "\u0007").doesNotStartWith(".");
                byte[] bytes = zip.readAllBytes();
                assertThat(org.redress.core.corpus.Sha256.of(bytes)).isIn(ids);
                if (name.equals("memo.txt")) {
                    assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("Record 0 page 1:");
                    checkedBytes = true;
                }
            }
        }
        assertThat(entries).isEqualTo(DOCUMENTS);
        assertThat(checkedBytes).isTrue();
        assertThat(names).contains("memo.txt", "pass_wd__.txt");
    }

    @Test
    void aSearchThatCannotBeUnderstoodIsRefusedBeforeAnythingIsSentAndExportsAreAudited() throws Exception {
        assertThat(served.get("/search/hits.csv?q=%22unclosed").statusCode()).isEqualTo(400);
        assertThat(served.get("/search/originals.zip?q=(broken").statusCode()).isEqualTo(400);
        assertThat(served.get("/search/hits.csv?q=van&type=text").statusCode()).isEqualTo(200);
        List<AuditEntry> exports = served.folder.audit().entries(null, null, java.time.ZoneId.systemDefault()).stream()
                .map(RecordedEntry::entry)
                .filter(e -> e.action().endsWith(".export"))
                .toList();
        assertThat(exports).extracting(AuditEntry::detail).contains("q=van type=text");
    }
}
