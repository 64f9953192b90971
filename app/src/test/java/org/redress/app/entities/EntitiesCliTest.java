package org.redress.app.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;

/**
 * Named entities end to end through the real command line, with the real CoreNLP models (loaded once for the JVM:
 * CoreNLP keeps them in a process-wide cache), on a real case folder.
 */
class EntitiesCliTest {
    @TempDir
    Path tmp;

    static Cli.Run ok(String... args) {
        Cli.Run r = Cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    static List<JsonNode> named(JsonNode list, String name) {
        List<JsonNode> out = new ArrayList<>();
        list.get("entities").forEach(e -> {
            if (e.get("name").asText().equals(name)) out.add(e);
        });
        return out;
    }

    static JsonNode one(JsonNode list, String name, String type) {
        return named(list, name).stream()
                .filter(e -> e.get("type").asText().equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " '" + name + "' in " + list));
    }

    /** Forgets which pages were read, as a new recogniser version would: every page is read again. */
    static void readEverythingAgain(String dir) throws Exception {
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + Path.of(dir, "case.db"));
                var st = db.createStatement()) {
            st.executeUpdate("DELETE FROM entity_pages");
        }
    }

    @Test
    void entitiesAreFoundRenamedMergedAndHiddenAndTheDecisionsStick() throws Exception {
        String dir = tmp.resolve("case").toString();
        ok("init", "--case", dir);
        JsonNode ingest = ok(
                        "ingest",
                        "--case",
                        dir,
                        "--json",
                        "--entities",
                        EntityFiles.firstProduction(tmp.resolve("p1")).toString())
                .json();
        assertThat(ingest.get("documentsNew").asInt()).isEqualTo(2);
        assertThat(ingest.at("/entities/pagesRecognised").asInt()).isEqualTo(2);
        assertThat(ingest.at("/entities/pagesLeft").asInt()).isZero();
        assertThat(ingest.at("/entities/occurrences").asInt()).isGreaterThan(5);

        JsonNode list = ok("entities", "list", "--case", dir, "--json").json();
        one(list, "John Miller", "person");
        one(list, "Sarah Connolly", "person");
        one(list, "Montpelier", "place");
        JsonNode spanish = one(list, "José Enrique Balcázar Sánchez", "person");
        JsonNode english = one(list, "José Balcázar", "person");
        assertThat(one(list, "Zully Palacios", "person").get("documents").asInt())
                .isEqualTo(2);
        assertThat(ok("entities", "list", "--case", dir, "--type", " Organization ", "--json")
                        .json()
                        .get("entities"))
                .allSatisfy(e -> assertThat(e.get("type").asText()).isEqualTo("organisation"));

        JsonNode merged = ok(
                        "entities",
                        "merge",
                        "--case",
                        dir,
                        "--json",
                        english.get("id").asText(),
                        "jose enrique balcazar sanchez")
                .json();
        assertThat(merged.get("forms").toString()).contains("José Balcázar", "José Enrique Balcázar Sánchez");
        assertThat(merged.get("documents").asInt()).isEqualTo(2);
        JsonNode renamed = ok(
                        "entities", "rename", "--case", dir, "--json", "José Balcázar", "José E. Balcázar Sánchez")
                .json();
        assertThat(renamed.get("id")).isEqualTo(english.get("id"));
        ok("entities", "hide", "--case", dir, "--type", "place", "Montpelier");

        readEverythingAgain(dir);
        JsonNode again = ok("entities", "--case", dir, "--json").json();
        assertThat(again.get("pagesRecognised").asInt()).isEqualTo(2);
        assertThat(again.get("entitiesNew").asInt())
                .as("every writing lands on a known entity")
                .isZero();
        list = ok("entities", "list", "--case", dir, "--json").json();
        JsonNode jose = one(list, "José E. Balcázar Sánchez", "person");
        assertThat(jose.get("id")).isEqualTo(english.get("id"));
        assertThat(jose.get("documents").asInt()).isEqualTo(2);
        assertThat(named(list, "José Enrique Balcázar Sánchez")).isEmpty();
        assertThat(named(list, spanish.get("name").asText())).isEmpty();
        assertThat(named(list, "Montpelier")).isEmpty();
        JsonNode hidden =
                one(ok("entities", "list", "--case", dir, "--hidden", "--json").json(), "Montpelier", "place");
        assertThat(hidden.get("hidden").asBoolean()).isTrue();

        // A later production: only its page is read.
        ok(
                "ingest",
                "--case",
                dir,
                EntityFiles.secondProduction(tmp.resolve("p2")).toString());
        JsonNode later = ok("entities", "--case", dir, "--json").json();
        assertThat(later.get("pagesRecognised").asInt()).isEqualTo(1);
        assertThat(one(ok("entities", "list", "--case", dir, "--json").json(), "Sarah Connolly", "person")
                        .get("pages")
                        .asInt())
                .isEqualTo(2);
        assertThat(ok("entities", "--case", dir).out()).contains("0 pages read");

        // Search by entity: the canonical name after the merge and rename, any writing of it; the facet counts pages.
        JsonNode byEntity = ok("search", "--case", dir, "--json", "entity:\"josé e. balcázar sánchez\"")
                .json();
        assertThat(byEntity.get("total").asInt()).isEqualTo(jose.get("pages").asInt());
        JsonNode facet =
                ok("search", "--case", dir, "--json", "").json().get("facets").get("entity");
        assertThat(facet.toString()).contains("{\"value\":\"Sarah Connolly\",\"count\":2}");
        Cli.Run hiddenOne = Cli.run("search", "--case", dir, "entity:\"Montpelier\"");
        assertThat(hiddenOne.code()).as(hiddenOne.toString()).isEqualTo(1);
        assertThat(hiddenOne.err()).contains("names no entity").doesNotContain("Montpelier");

        String audit = ok("audit", "--case", dir, "--json").out();
        assertThat(audit).contains("entities.run", "entities.view", "entity.change");
        assertThat(audit).as("the audit log keeps ids, not names").doesNotContain("Balcázar");
    }

    @Test
    void mistakesAreExplainedWithoutRepeatingNames() throws Exception {
        String dir = tmp.resolve("case").toString();
        ok("init", "--case", dir);
        ok(
                "ingest",
                "--case",
                dir,
                "--entities",
                EntityFiles.secondProduction(tmp.resolve("p")).toString());
        Cli.Run r = Cli.run("entities", "rename", "--case", dir, "99999", "Someone");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("there is no entity 99999");
        r = Cli.run("entities", "hide", "--case", dir, "Nobody Atall");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no entity has that name").doesNotContain("Nobody");
        r = Cli.run("entities", "list", "--case", dir, "--type", "animal");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("person, organisation or place");
        r = Cli.run("entities", "merge", "--case", dir, "John Miller", "john miller");
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("cannot be merged into itself");
        r = Cli.run("entities", "rename", "--case", dir, "John Miller", "Sarah Connolly");
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("already has that name").contains("redress entities merge");
    }
}
