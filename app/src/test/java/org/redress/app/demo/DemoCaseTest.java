package org.redress.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;

/** `redress demo` builds a case with something on every page: corpus, chronology, claim, request. */
class DemoCaseTest {
    @TempDir
    Path tmp;

    @Test
    void theDemoCaseHoldsAChronologyAClaimAndARequestAndIsNotAddedTwice() throws Exception {
        Path dir = tmp.resolve("demo");
        Cli.Run first = Cli.run("demo", "--case", dir.toString(), "--no-serve");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Added a fictional chronology");

        ObjectMapper json = new ObjectMapper();
        JsonNode chronology = json.readTree(Cli.run("chronology", "--case", dir.toString(), "--format", "json")
                .out());
        assertThat(chronology.get("events")).hasSize(6);
        // The press conference is cited to page 1 of the field-office memo, which says so.
        JsonNode e3 = chronology.get("events").get(2);
        assertThat(e3.get("id").asText()).isEqualTo("E3");
        assertThat(e3.get("sources").toString()).contains("p. 1");

        JsonNode proximity = json.readTree(Cli.run("analyze", "proximity", "--case", dir.toString(), "--json")
                .out());
        assertThat(proximity.toString()).contains("\"gapDaysMin\":3");

        JsonNode gaps = json.readTree(
                Cli.run("claims", "gaps", "--case", dir.toString(), "--json").out());
        assertThat(gaps.get("claims").get(0).get("unsupported")).hasSize(3);

        JsonNode requests = json.readTree(
                Cli.run("requests", "list", "--case", dir.toString(), "--json").out());
        assertThat(requests.get("total").asInt()).isEqualTo(1);

        Cli.Run again = Cli.run("demo", "--case", dir.toString(), "--no-serve");
        assertThat(again.out()).doesNotContain("Added a fictional chronology").contains("Nothing new");
        assertThat(json.readTree(Cli.run("chronology", "--case", dir.toString(), "--format", "json")
                                .out())
                        .get("events"))
                .hasSize(6);
    }
}
