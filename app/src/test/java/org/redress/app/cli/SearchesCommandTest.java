package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.wiring.CaseServices;
import org.redress.core.corpus.Sha256;
import org.redress.core.search.PageRef;
import org.redress.core.searches.SavedSearch;

/** A saved search lights up with the pages a later production brings, and only those. */
class SearchesCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondIngestBringsNewHitsToTheSavedSearchesItMatches() throws Exception {
        Path caseDir = tmp.resolve("case");
        Path first = Files.createDirectories(tmp.resolve("production-1"));
        Files.writeString(first.resolve("memo.txt"), "The field office watched the vigil from a grey van.\n");
        Files.writeString(first.resolve("note.txt"), "Budget figures for the quarter.\n");
        assertThat(Cli.run("init", "--case", caseDir.toString()).code()).isZero();
        assertThat(Cli.run("ingest", "--case", caseDir.toString(), first.toString())
                        .code())
                .isZero();

        long vans;
        long vigilsInEmail;
        try (CaseServices c = CaseServices.open(caseDir)) {
            vans = c.savedSearches()
                    .save("  Vans  ", "van OR vehicle", Map.of())
                    .id();
            vigilsInEmail = c.savedSearches()
                    .save("Vigils in mail", "vigil", Map.of("type", "email"))
                    .id();
            assertThat(c.savedSearches().newHits(vans)).isEmpty(); // what matched when saved is not new
        }
        JsonNode none =
                Cli.run("searches", "--case", caseDir.toString(), "--json").json();
        assertThat(none.get("searches")).hasSize(2);
        assertThat(none.get("searches").get(0).get("name").asText()).isEqualTo("Vans");
        assertThat(none.get("searches").get(0).get("newHits").asInt()).isZero();

        Path second = Files.createDirectories(tmp.resolve("production-2"));
        Files.writeString(second.resolve("report.txt"), "Agents followed her vehicle after the vigil.\n");
        Files.writeString(second.resolve("minutes.txt"), "Minutes of the school board.\n");
        Cli.Run ingest = Cli.run("ingest", "--case", caseDir.toString(), second.toString());
        assertThat(ingest.code()).as(ingest.toString()).isZero();

        Cli.Run listed = Cli.run("searches", "--case", caseDir.toString(), "--json");
        JsonNode searches = listed.json().get("searches");
        assertThat(searches.get(0).get("newHits").asInt()).isEqualTo(1);
        assertThat(searches.get(1).get("newHits").asInt()).isZero(); // a text file is not an email
        assertThat(searches.get(1).get("filters").get("type").asText()).isEqualTo("email");
        assertThat(Cli.run("searches", "--case", caseDir.toString()).out())
                .containsPattern("Vans: van OR vehicle — 1 new hit\\R");

        String report = Sha256.of(second.resolve("report.txt"));
        try (CaseServices c = CaseServices.open(caseDir)) {
            assertThat(c.savedSearches().newHits(vans)).containsExactly(new PageRef(report, 1));
            assertThat(c.savedSearches().withNewHits())
                    .extracting(s -> s.search().id())
                    .containsExactly(vans);
            // Running it again finds nothing more: a page is announced once.
            assertThat(c.savedSearches().refresh().total()).isZero();
            assertThat(c.savedSearches().markSeen(vans, null)).isEqualTo(1);
            assertThat(c.savedSearches().withNewHits()).isEmpty();
            List<SavedSearch> all =
                    c.savedSearches().list().stream().map(s -> s.search()).toList();
            assertThat(all).extracting(SavedSearch::id).containsExactly(vans, vigilsInEmail);
        }
        assertThat(Cli.run("ingest", "--case", caseDir.toString(), second.toString())
                        .code())
                .isZero();
        try (CaseServices c = CaseServices.open(caseDir)) {
            assertThat(c.savedSearches().newHits(vans)).isEmpty(); // the same production again brings nothing new
        }
    }

    @Test
    void aSavedSearchNeedsANameOfItsOwnAndASearchThatRuns() throws Exception {
        Path caseDir = tmp.resolve("case");
        assertThat(Cli.run("init", "--case", caseDir.toString()).code()).isZero();
        try (CaseServices c = CaseServices.open(caseDir)) {
            var searches = c.savedSearches();
            searches.save("Vans", "van", Map.of());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> searches.save("  vans ", "vehicle", Map.of()))
                    .isInstanceOf(org.redress.core.UserMistake.class)
                    .hasMessageContaining("already a saved search named 'Vans'");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> searches.save(" ", "van", Map.of()))
                    .isInstanceOf(org.redress.core.UserMistake.class)
                    .hasMessageContaining("name");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> searches.save("Broken", "\"unclosed", Map.of()))
                    .isInstanceOf(org.redress.core.UserMistake.class)
                    .hasMessageContaining("could not be understood");
            assertThat(searches.list()).hasSize(1);
        }
        assertThat(Cli.run("searches", "--case", caseDir.toString()).out()).contains("1. Vans: van — 0 new hits");
    }
}
