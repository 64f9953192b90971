package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.app.cli.TestTeamServer.assertOk;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case's work on a team server (issue 13: "every command then takes --server FILE --case NAME"), end to end against
 * the real PostgreSQL and OpenSearch: a production read by a worker, the people and events imported, the watch
 * list's hits, the chronology, a claim and its gaps, the proximity analysis, a records request and its deadline, the
 * exemption marks, the chain of knowledge, custody and the audit log. Skipped with REDRESS_TEST_PG=skip or
 * REDRESS_TEST_OS=skip.
 */
class ServerCaseWorkCliTest {
    private static final String CASE = TestTeamServer.caseName("worktest");

    @TempDir
    static Path tmp;

    static TestTeamServer server;

    @BeforeAll
    static void aCaseWithAProductionReadByAWorker() throws IOException {
        server = TestTeamServer.in(tmp);
        Path production = Files.createDirectories(tmp.resolve("dmv-2017"));
        Files.writeString(
                production.resolve("memo.txt"),
                "Field office memo, 2017-03-02.\nEnrique Balcazar spoke at the vigil on Church Street."
                        + " Supervisor: arrest him.\n");
        Files.writeString(production.resolve("email.txt"), "DMV record of Zully Palacios attached. (b)(6) withheld.\n");
        assertOk(Cli.run("init", "--server", server.serverFile.toString(), "--case", CASE));
        assertOk(server.on(CASE, "ingest", production.toString()));
        assertOk(Cli.run("worker", "--server", server.serverFile.toString(), "--case", CASE, "--once"));
        Files.writeString(tmp.resolve("people.csv"), """
                name,aliases,role,organisation,leader
                Enrique Balcázar,E. Balcazar,subject,Migrant Justice,yes
                Zully Palacios,,subject,Migrant Justice,yes
                """);
        Files.writeString(tmp.resolve("events.csv"), """
                date,kind,people,description
                2017-03-01,protected.press_conference,Enrique Balcázar,Press conference on DMV data sharing
                2017-03-17,adverse.arrest,Enrique Balcázar,Arrested leaving his office
                """);
        assertOk(sub("import", "people", tmp.resolve("people.csv").toString()));
        assertOk(sub("import", "events", tmp.resolve("events.csv").toString()));
    }

    /** A subcommand ({@code claims add …}) on the case: its options follow the subcommand's name. */
    private static Cli.Run sub(String command, String subcommand, String... rest) {
        String[] all = new String[rest.length + 6];
        all[0] = command;
        all[1] = subcommand;
        all[2] = "--server";
        all[3] = server.serverFile.toString();
        all[4] = "--case";
        all[5] = CASE;
        System.arraycopy(rest, 0, all, 6, rest.length);
        return Cli.run(all);
    }

    @AfterAll
    static void dropTheCase() throws Exception {
        if (server != null) TestTeamServer.drop(CASE);
    }

    @Test
    void theWatchListIsScreenedAndItsHitsReviewed() {
        JsonNode listing = assertOk(server.on(CASE, "mentions", "--json")).json();
        assertThat(listing.get("hits").toString()).contains("Enrique Balcázar", "memo.txt");
        String id = listing.get("hits").get(0).get("id").asText();
        assertOk(sub("mentions", "review", id, "--confirm", "--reason", "the memo names him"));
        assertThat(assertOk(server.on(CASE, "mentions", "--json", "--status", "confirmed"))
                        .json()
                        .get("hits"))
                .hasSize(1);
        assertThat(assertOk(server.on(CASE, "chain")).out()).contains("Enrique Balcázar");
    }

    @Test
    void theChronologyTheClaimAndTheAnalysisWorkOnTheServer() {
        assertThat(assertOk(server.on(CASE, "chronology")).out())
                .contains("Press conference on DMV data sharing", "Arrested leaving his office");
        assertOk(sub("claims", "add", "retaliatory-arrest"));
        assertThat(assertOk(sub("claims", "gaps")).out()).contains("Protected activity");
        assertThat(assertOk(sub("analyze", "proximity")).out()).contains("16 days after");
    }

    @Test
    void aRecordsRequestAndItsDeadlineAreTracked() {
        assertOk(sub(
                "requests",
                "add",
                "--law",
                "us-foia",
                "--agency",
                "U.S. Immigration and Customs Enforcement",
                "--subject",
                "Records on Migrant Justice",
                "--received",
                "2017-05-01"));
        assertThat(assertOk(sub("requests", "list")).out()).contains("U.S. Immigration and Customs Enforcement");
    }

    @Test
    void marksCustodyAndTheAuditLogWorkOnTheServer() {
        assertThat(assertOk(server.on(CASE, "redactions")).out()).contains("(b)(6)");
        JsonNode custody = assertOk(server.on(CASE, "verify", "--json")).json();
        assertThat(custody.get("originals").asLong()).isEqualTo(2);
        assertThat(custody.get("intact").asBoolean()).as(custody.toString()).isTrue();
        assertThat(assertOk(server.on(CASE, "audit")).out()).contains("import.people", "import.events");
        assertThat(assertOk(sub("audit", "verify")).out()).contains("intact");
    }
}
