package org.redress.app.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.app.mentions.WatchCase.ok;
import static org.redress.app.mentions.WatchCase.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;

/** The watch list and its mentions end to end, through the real command line on a real case folder. */
class MentionsCliTest {
    @TempDir
    Path tmp;

    static List<JsonNode> hitsOf(JsonNode listing, String person) {
        List<JsonNode> out = new ArrayList<>();
        listing.get("hits").forEach(h -> {
            if (h.get("person").asText().equals(person)) out.add(h);
        });
        return out;
    }

    static JsonNode hit(JsonNode listing, String matched) {
        for (JsonNode h : listing.get("hits")) {
            if (h.get("matched").asText().equals(matched)) return h;
        }
        throw new AssertionError("no hit '" + matched + "' in " + listing.get("hits"));
    }

    @Test
    void watchedPeopleAreFoundAsRecordsWriteThemReviewedAndTheDecisionsStick() throws Exception {
        String dir = tmp.resolve("case").toString();
        ok("init", "--case", dir);
        Path people = tmp.resolve("people.csv");
        write(people, """
                name,aliases,role,organisation,watched
                José Enrique Balcázar Sánchez,Kike;E. Balcazar,subject,Migrant Justice,
                Zully Palacios,,witness,,yes
                Rosa Palacios,,official,DHS,
                Lupe,,other,,sí
                """);
        Cli.Run imported = ok("import", "--case", dir, "--json", "people", people.toString());
        assertThat(imported.json().get("warnings").toString())
                .contains("line 5: the name is a single word")
                .contains("line 2: alias 1 is one short word")
                .doesNotContain("Lupe")
                .doesNotContain("Kike");

        Path first = tmp.resolve("production-1");
        WatchCase.firstProduction(first);
        JsonNode ingest = ok("ingest", "--case", dir, "--json", "--received", "2017-06-01", first.toString())
                .json();
        assertThat(ingest.get("mentionsNew").asLong()).isEqualTo(4);

        JsonNode all = ok("mentions", "--case", dir, "--json").json();
        List<JsonNode> enrique = hitsOf(all, "José Enrique Balcázar Sánchez");
        assertThat(enrique)
                .extracting(h -> h.get("matched").asText())
                .containsExactlyInAnyOrder("BALCAZAR SANCHEZ, JOSE E", "jbalcazar", "Enrique Balcazar");
        assertThat(hitsOf(all, "Zully Palacios"))
                .extracting(h -> h.get("matched").asText())
                .containsExactly("Zully Palacios");
        JsonNode comma = hit(all, "BALCAZAR SANCHEZ, JOSE E");
        for (String field : new String[] {
            "id", "person", "documentId", "path", "page", "matched", "start", "end", "score", "rule", "status", "reason"
        }) {
            assertThat(comma.has(field)).as(field).isTrue();
        }
        assertThat(comma.get("path").asText()).isEqualTo("production-1/memo.txt");
        assertThat(comma.get("status").asText()).isEqualTo("new");
        assertThat(comma.get("rule").asText()).contains("comma form");
        assertThat(comma.get("explanation").size()).isEqualTo(4);

        JsonNode summary = all.get("people").get(0);
        assertThat(summary.get("person").asText()).isEqualTo("José Enrique Balcázar Sánchez");
        assertThat(summary.get("documents").asInt()).isEqualTo(2);
        assertThat(summary.get("firstNamed").asText()).isEqualTo("2017-03-16"); // the email's Date
        assertThat(summary.get("lastNamed").asText()).isEqualTo("2017-06-01"); // the memo: the source's received date
        assertThat(summary.get("byOrganisation").toString()).contains("\"organisation\":\"ice.dhs.gov\"");
        assertThat(summary.get("sources").get(0).get("documents").asInt()).isEqualTo(2);

        // The agency's first knowledge: the earliest page naming him before the arrest (the email of 2017-03-16).
        Path events = tmp.resolve("events.csv");
        write(events, "date,kind,people,description\n2017-04-01,adverse.arrest,Kike,arrested at home\n");
        ok("import", "--case", dir, "events", events.toString());
        JsonNode row = ok("analyze", "proximity", "--case", dir, "--json")
                .json()
                .get("rows")
                .get(0);
        assertThat(row.get("knowledgeDate").asText()).isEqualTo("2017-03-16");
        assertThat(row.get("knowledgeDocumentId").asText())
                .isEqualTo(hit(all, "jbalcazar").get("documentId").asText());
        assertThat(row.get("knowledgePage").asInt()).isEqualTo(1);

        // Review: one by one, then from a sheet.
        String email = hit(all, "jbalcazar").get("id").asText();
        ok("mentions", "review", "--case", dir, email, "--reject", "--reason", "the group's shared inbox");
        Path sheet = tmp.resolve("review.csv");
        write(sheet, "id,status,reason\n" + hit(all, "Zully Palacios").get("id").asText() + ",confirm,named in full\n");
        assertThat(ok("mentions", "review", "--case", dir, "--sheet", sheet.toString(), "--json")
                        .json()
                        .get("reviewed")
                        .asInt())
                .isEqualTo(1);
        Path bad = tmp.resolve("bad.csv");
        write(bad, "id,status\n" + email + ",maybe\nffffffffffff,confirm\n");
        Cli.Run refused = Cli.run("mentions", "review", "--case", dir, "--sheet", bad.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("line 2").contains("line 3").contains("nothing was reviewed");

        // A change to the watch list screens everything again; the decisions stick.
        JsonNode watch = ok("watch", "--case", dir, "Rosa Palacios", "--json").json();
        assertThat(watch.get("documentsScreened").asInt()).isEqualTo(2);
        JsonNode again = ok("mentions", "--case", dir, "--json").json();
        assertThat(hit(again, "jbalcazar").get("status").asText()).isEqualTo("rejected");
        assertThat(hit(again, "jbalcazar").get("reason").asText()).isEqualTo("the group's shared inbox");
        assertThat(hit(again, "jbalcazar").get("id").asText()).isEqualTo(email);
        assertThat(hit(again, "Zully Palacios").get("status").asText()).isEqualTo("confirmed");
        assertThat(hitsOf(again, "Rosa Palacios"))
                .extracting(h -> h.get("matched").asText())
                .containsExactly("Rosa Palacios");
        JsonNode rejected =
                ok("mentions", "--case", dir, "--json", "--status", "rejected").json();
        assertThat(rejected.get("hits")).hasSize(1);
        JsonNode onlyZully = ok("mentions", "--case", dir, "--json", "--person", "zully palacios")
                .json();
        assertThat(onlyZully.get("people")).hasSize(1);
        assertThat(onlyZully.get("hits")).hasSize(1);

        // A rejected hit no longer counts: the email is out of the person's dates.
        JsonNode enriqueNow = again.get("people").get(0);
        assertThat(enriqueNow.get("documents").asInt()).isEqualTo(2); // "Enrique Balcazar" still names him there

        // Every ingest screens what it adds; running it again adds nothing.
        Path second = tmp.resolve("production-2");
        write(second.resolve("notes.txt"), "Informant report: Kike Balcázar and Z. Palacios spoke at the rally.\n");
        assertThat(ok("ingest", "--case", dir, "--json", second.toString())
                        .json()
                        .get("mentionsNew")
                        .asLong())
                .isEqualTo(2);
        assertThat(ok("ingest", "--case", dir, "--json", second.toString())
                        .json()
                        .get("mentionsNew")
                        .asLong())
                .isZero();

        // Off the watch list: the hits go; the decisions wait for them.
        ok("watch", "--case", dir, "Zully Palacios", "--off");
        assertThat(hitsOf(ok("mentions", "--case", dir, "--json").json(), "Zully Palacios"))
                .isEmpty();
        ok("watch", "--case", dir, "Zully Palacios");
        assertThat(hit(ok("mentions", "--case", dir, "--json").json(), "Zully Palacios")
                        .get("status")
                        .asText())
                .isEqualTo("confirmed");
    }

    @Test
    void theWatchListStaysOutOfErrorMessages() throws Exception {
        String dir = tmp.resolve("case").toString();
        ok("init", "--case", dir);
        Cli.Run unknown = Cli.run("watch", "--case", dir, "Zully Palacios");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("no person of the case").doesNotContain("Zully");
        Cli.Run person = Cli.run("mentions", "--case", dir, "--person", "Zully Palacios");
        assertThat(person.code()).isEqualTo(1);
        assertThat(person.err()).doesNotContain("Zully");
        Cli.Run review = Cli.run("mentions", "review", "--case", dir, "abcdef012345", "--confirm");
        assertThat(review.code()).isEqualTo(1);
        assertThat(review.err()).contains("there is no hit 'abcdef012345'");
    }
}
