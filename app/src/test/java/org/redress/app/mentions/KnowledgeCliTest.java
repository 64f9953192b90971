package org.redress.app.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.app.mentions.WatchCase.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;

/**
 * The mentions as knowledge in the case, through the real command line: person: in search with its facet, the
 * chronology's derived "first named" rows (per organisation, citing document and page, following review), and a
 * finding that cites a hit for the element of knowledge.
 */
class KnowledgeCliTest {
    @TempDir
    Path tmp;

    String dir;

    @BeforeEach
    void aCase() throws Exception {
        dir = tmp.resolve("case").toString();
        ok("init", "--case", dir);
        Path people = tmp.resolve("people.csv");
        WatchCase.write(people, """
                name,aliases,role,organisation,watched
                José Enrique Balcázar Sánchez,Kike,subject,Migrant Justice,
                Zully Palacios,,witness,,yes
                """);
        ok("import", "--case", dir, "people", people.toString());
        Path p = tmp.resolve("production-1");
        WatchCase.write(p.resolve("a-ice.eml"), WatchCase.iceEmail("Please run Enrique Balcazar through your system."));
        WatchCase.write(p.resolve("b-dmv.eml"), """
                From: Dana Kimball <dkimball@dmv.vermont.gov>
                To: asmith@ice.dhs.gov
                Subject: re: plates
                Date: Mon, 06 Feb 2017 09:00:00 -0500
                Message-ID: <2@dmv.vermont.gov>
                Content-Type: text/plain; charset=UTF-8

                We have Enrique Balcazar and Zully Palacios on file.
                """);
        ok("ingest", "--case", dir, "--received", "2017-06-01", p.toString());
    }

    @Test
    void searchFindsThePagesNamingAWatchedPersonWithAFacetByPerson() {
        JsonNode kike = ok("search", "--case", dir, "--json", "person:\"Kike\"").json();
        assertThat(kike.get("total").asInt()).isEqualTo(2);
        JsonNode both = ok("search", "--case", dir, "--json", "person:\"zully palacios\" AND file")
                .json();
        assertThat(both.get("total").asInt()).isEqualTo(1);
        JsonNode facet =
                ok("search", "--case", dir, "--json", "").json().get("facets").get("person");
        assertThat(facet.toString())
                .contains("{\"value\":\"José Enrique Balcázar Sánchez\",\"count\":2}")
                .contains("{\"value\":\"Zully Palacios\",\"count\":1}");
        JsonNode kept = ok("search", "--case", dir, "--json", "--filter", "person=Zully Palacios", "")
                .json();
        assertThat(kept.get("total").asInt()).isEqualTo(1);

        // A rejected hit is no longer a page that names her.
        String id = MentionsCliTest.hit(ok("mentions", "--case", dir, "--json").json(), "Zully Palacios")
                .get("id")
                .asText();
        ok("mentions", "review", "--case", dir, id, "--reject");
        assertThat(ok("search", "--case", dir, "--json", "person:\"Zully Palacios\"")
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        Cli.Run unknown = Cli.run("search", "--case", dir, "person:\"Rosa Desconocida\"");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("no watched person").doesNotContain("Rosa");
    }

    @Test
    void theChronologyShowsWhenEachAgencyFirstNamedThePersonCitingDocumentAndPage() {
        JsonNode events = ok("chronology", "--case", dir, "--format", "json", "--include-watch-list")
                .json()
                .get("events");
        assertThat(events).hasSize(3); // Enrique by dmv.vermont.gov and ice.dhs.gov, Zully by dmv.vermont.gov
        JsonNode first = events.get(0);
        assertThat(first.get("date").asText()).isEqualTo("2017-02-06");
        assertThat(first.get("kind").asText()).isEqualTo("other.knowledge");
        assertThat(first.get("derived").asBoolean()).isTrue();
        assertThat(first.get("sources").get(0).asText()).matches("doc [0-9a-f]{12}, p\\. 1");
        assertThat(events.toString())
                .contains("First named in the agency's records (ice.dhs.gov)")
                .contains("First named in the agency's records (dmv.vermont.gov)");

        // Rejecting the earliest hit moves the entry to the next one that counts.
        JsonNode listing =
                ok("mentions", "--case", dir, "--json", "--person", "Kike").json();
        for (JsonNode h : listing.get("hits")) {
            if (h.get("date").asText().equals("2017-02-06"))
                ok("mentions", "review", "--case", dir, h.get("id").asText(), "--reject");
        }
        JsonNode only = ok("chronology", "--case", dir, "--format", "json", "--include-watch-list", "--person", "Kike")
                .json()
                .get("events");
        assertThat(only).hasSize(1);
        assertThat(only.get(0).get("date").asText()).isEqualTo("2017-03-16");
        assertThat(only.get(0).get("people").asText()).isEqualTo("José Enrique Balcázar Sánchez");
    }

    @Test
    void aFindingCitesAHitForTheElementOfKnowledge() {
        ok("claims", "add", "--case", dir, "first-amendment-retaliation");
        JsonNode listing =
                ok("mentions", "--case", dir, "--json", "--person", "Kike").json();
        String id = listing.get("hits").get(0).get("id").asText();
        JsonNode f = ok(
                        "claims",
                        "link",
                        "--case",
                        dir,
                        "first-amendment-retaliation",
                        "knowledge",
                        "--mention",
                        id.toUpperCase(java.util.Locale.ROOT),
                        "--note",
                        "the agency's own email",
                        "--json")
                .json();
        assertThat(f.get("mentionId").asText()).isEqualTo(id);
        JsonNode gaps = ok("claims", "gaps", "--case", dir, "--json").json();
        assertThat(gaps.toString()).contains("\"mention\":\"" + id + "\"").contains("\"status\":\"supported\"");

        ok("mentions", "review", "--case", dir, id, "--reject");
        Cli.Run refused =
                Cli.run("claims", "link", "--case", dir, "first-amendment-retaliation", "knowledge", "--mention", id);
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("rejected");
        Cli.Run none = Cli.run(
                "claims",
                "link",
                "--case",
                dir,
                "first-amendment-retaliation",
                "knowledge",
                "--mention",
                "000000000000");
        assertThat(none.code()).isEqualTo(1);
        Cli.Run two = Cli.run(
                "claims",
                "link",
                "--case",
                dir,
                "first-amendment-retaliation",
                "knowledge",
                "--mention",
                id,
                "--event",
                "E1");
        assertThat(two.code()).isEqualTo(1);
        assertThat(two.err()).contains("exactly one");
    }
}
