package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code redress audit} end to end: the commands a person runs are listed, and a tampered log fails verify. */
class AuditCommandTest {
    @TempDir
    Path tmp;

    @Test
    void recordsEachCommandAndVerifyFindsTheEditedEntry() throws Exception {
        Path caseDir = tmp.resolve("case");
        String dir = caseDir.toString();
        Path letter = tmp.resolve("memo.txt");
        Files.writeString(letter, "The field office asked the DMV for the plates of Rosa Quintero.\n");

        assertThat(Cli.run("init", "--case", dir).code()).isZero();
        Cli.Run ingest = Cli.run("ingest", "--case", dir, "--json", "--source", "Batch 1", letter.toString());
        assertThat(ingest.code()).as(ingest.toString()).isZero();
        Cli.Run search = Cli.run("search", "--case", dir, "--json", "Quintero");
        assertThat(search.code()).as(search.toString()).isZero();
        String id = search.json().get("hits").get(0).get("documentId").asText();
        assertThat(Cli.run("show", "--case", dir, id.substring(0, 10)).code()).isZero();
        assertThat(Cli.run("show", "--case", dir, "--page", "1", id).code()).isZero();
        // A failed command showed nothing: it is not recorded.
        assertThat(Cli.run("show", "--case", dir, "ffffffffff").code()).isEqualTo(1);

        Cli.Run audit = Cli.run("audit", "--case", dir, "--json");
        assertThat(audit.code()).as(audit.toString()).isZero();
        List<JsonNode> entries = entries(audit);
        assertThat(entries)
                .extracting(e -> e.get("action").asText())
                .containsExactly("case.init", "ingest.run", "search", "document.view", "page.view");
        for (JsonNode e : entries) {
            assertThat(e.has("at") && e.has("who") && e.has("target") && e.has("detail"))
                    .isTrue();
            assertThat(e.get("who").asText()).isEqualTo(System.getProperty("user.name"));
            assertThat(e.get("from").asText()).isEqualTo("cli");
        }
        assertThat(entries.get(1).get("target").asText()).isEqualTo("Batch 1");
        assertThat(entries.get(2).get("detail").asText()).isEqualTo("q=Quintero");
        assertThat(entries.get(3).get("target").asText()).isEqualTo(id);
        assertThat(entries.get(4).get("detail").asText()).isEqualTo("page 1");
        // Nothing of the document's text goes into the log.
        String log = Files.readString(caseDir.resolve("audit/entries.log"), StandardCharsets.UTF_8);
        assertThat(log).doesNotContain("plates");

        // The listing itself was recorded; the day filter keeps today's entries and drops them for another day.
        String today = LocalDate.now(java.time.ZoneId.systemDefault()).toString();
        assertThat(entries(Cli.run("audit", "--case", dir, "--json", "--from", today, "--to", today)))
                .hasSize(6);
        assertThat(entries(Cli.run("audit", "--case", dir, "--json", "--to", "2000-01-01")))
                .isEmpty();
        assertThat(Cli.run("audit", "--case", dir, "--from", "yesterday").code())
                .isEqualTo(1);

        Cli.Run verify = Cli.run("audit", "verify", "--case", dir);
        assertThat(verify.code()).as(verify.toString()).isZero();
        assertThat(verify.out()).contains("intact");

        // Someone changes what entry 3 says was searched.
        Path file = caseDir.resolve("audit/entries.log");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(2, lines.get(2).replace("q=Quintero", "q=weather"));
        Files.write(file, lines);
        Cli.Run broken = Cli.run("audit", "verify", "--case", dir);
        assertThat(broken.code()).as(broken.toString()).isEqualTo(1);
        assertThat(broken.err()).contains("entry 3 was altered");
        Cli.Run brokenJson = Cli.run("audit", "verify", "--case", dir, "--json");
        assertThat(brokenJson.code()).isEqualTo(1);
        assertThat(brokenJson.json().get("intact").asBoolean()).isFalse();
        assertThat(brokenJson.json().get("firstBad").asLong()).isEqualTo(3);
    }

    @Test
    void verifyFindsACutOffTail() throws Exception {
        String dir = tmp.resolve("case").toString();
        assertThat(Cli.run("init", "--case", dir).code()).isZero();
        assertThat(Cli.run("status", "--case", dir).code()).isZero();
        assertThat(Cli.run("requests", "list", "--case", dir).code()).isZero();
        Path file = tmp.resolve("case/audit/entries.log");
        List<String> lines = Files.readAllLines(file);
        Files.write(file, lines.subList(0, 1));
        Cli.Run broken = Cli.run("audit", "verify", "--case", dir);
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.err()).contains("entries 2 to 3 were cut off");
    }

    private static List<JsonNode> entries(Cli.Run run) {
        assertThat(run.code()).as(run.toString()).isZero();
        return StreamSupport.stream(run.json().get("entries").spliterator(), false)
                .toList();
    }
}
