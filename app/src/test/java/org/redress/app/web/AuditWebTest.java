package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;
import org.redress.core.audit.AuditEntry;
import org.redress.core.audit.RecordedEntry;

/** A served case records what is read and changed over HTTP, from where, and nothing it refused. */
class AuditWebTest {
    @TempDir
    Path tmp;

    @Test
    void documentViewsSearchesAndChangesOverHttpAreRecorded() throws Exception {
        Path caseDir = tmp.resolve("case");
        Path memo = tmp.resolve("memo.txt");
        Files.writeString(memo, "Surveillance of the vigil organised by Rosa Quintero.\n");
        assertThat(Cli.run("init", "--case", caseDir.toString()).code()).isZero();
        assertThat(Cli.run("ingest", "--case", caseDir.toString(), "--json", memo.toString())
                        .code())
                .isZero();
        try (ServedCase served = ServedCase.open(caseDir)) {
            var search = served.get(
                    "/api/v1/search?q=" + URLEncoder.encode("Quintero vigil", StandardCharsets.UTF_8) + "&type=text");
            assertThat(search.statusCode()).isEqualTo(200);
            String id = Cli.run("search", "--case", caseDir.toString(), "--json", "vigil")
                    .json()
                    .get("hits")
                    .get(0)
                    .get("documentId")
                    .asText();
            assertThat(served.get("/api/v1/documents/" + id).statusCode()).isEqualTo(200);
            assertThat(served.get("/documents/" + id + "?q=vigil").statusCode()).isEqualTo(200);
            assertThat(served.get("/api/v1/documents/" + id + "/pages/1").statusCode())
                    .isEqualTo(200);
            assertThat(served.get("/api/v1/documents/" + id + "/original").statusCode())
                    .isEqualTo(200);
            var added = served.send(served.form("/people", Map.of("name", "Rosa Quintero", "role", "subject"))
                    .header("Origin", served.base()));
            assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
            // Refused requests showed nothing: no entry.
            assertThat(served.send(served.anonymous("/api/v1/documents/" + id).GET())
                            .statusCode())
                    .isEqualTo(401);
            assertThat(served.get("/api/v1/documents/0000000000").statusCode()).isEqualTo(404);
            // The link a browser opens carries the token: the redirect records nothing, the page it leads to
            // (the search page without a query) shows no case data worth an entry.
            assertThat(served.send(served.anonymous("/?token=" + TestAccess.TOKEN.value())
                                    .GET())
                            .statusCode())
                    .isEqualTo(303);

            List<RecordedEntry> all = served.folder.audit().entries(null, null, java.time.ZoneId.systemDefault());
            List<AuditEntry> web = all.stream()
                    .map(RecordedEntry::entry)
                    .filter(e -> e.from().startsWith("web"))
                    .toList();
            assertThat(web)
                    .extracting(AuditEntry::action)
                    .containsExactly(
                            "search", "document.view", "document.view", "page.view", "original.download", "person.add");
            assertThat(web).allSatisfy(e -> {
                assertThat(e.from()).isEqualTo("web 127.0.0.1");
                assertThat(e.who()).isEqualTo(System.getProperty("user.name"));
            });
            assertThat(web.get(0).detail()).isEqualTo("q=Quintero vigil type=text");
            assertThat(web.get(1).target()).isEqualTo(id);
            assertThat(web.get(2).detail()).isEqualTo("q=vigil");
            assertThat(web.get(3).detail()).isEqualTo("page 1");
            assertThat(web.get(5).target()).isEqualTo("/people");
            assertThat(Files.readString(caseDir.resolve("audit/entries.log")))
                    .doesNotContain(TestAccess.TOKEN.value())
                    .doesNotContain("Surveillance");
            assertThat(served.folder.audit().verify().isIntact()).isTrue();
        }
    }
}
