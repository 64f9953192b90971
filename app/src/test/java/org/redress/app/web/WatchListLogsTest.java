package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;

/**
 * Nothing of the watch list reaches a log or an error message: a case screens, lists, reviews (well and badly), changes
 * its watch list and searches by person, on the command line and on the web, with a canary name and alias, and
 * neither standard error (where the logs go) nor any error answer names them.
 */
class WatchListLogsTest {
    static final String CANARY = "Xochiquetzal Canarioverde";
    static final String ALIAS = "Quetzalita";

    @TempDir
    Path tmp;

    final List<String> errors = new ArrayList<>();

    Cli.Run run(String... args) {
        Cli.Run r = Cli.run(args);
        errors.add(r.err());
        if (r.code() != 0) errors.add(r.out());
        return r;
    }

    /** A form post as this server's own page sends it. */
    static java.net.http.HttpRequest.Builder own(ServedCase served, String path, Map<String, String> fields) {
        return served.form(path, fields).header("Origin", served.base());
    }

    @Test
    void theCanaryIsNeverLoggedNorInAnErrorMessage() throws Exception {
        // Cli.run and this test send standard error, where slf4j-simple writes every log, to the buffers read below.
        String dir = tmp.resolve("case").toString();
        run("init", "--case", dir);
        Path people = tmp.resolve("people.csv");
        Files.writeString(people, "name,aliases,role,watched\n" + CANARY + "," + ALIAS + ",subject,\nEva,,other,yes\n");
        run("import", "--case", dir, "--json", "people", people.toString());
        Path docs = tmp.resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(
                docs.resolve("memo.txt"),
                "The officer noted " + CANARY + " and later " + CANARY.toUpperCase(java.util.Locale.ROOT) + " again.\n",
                StandardCharsets.UTF_8);
        run("ingest", "--case", dir, docs.toString());
        Cli.Run listing = run("mentions", "--case", dir, "--json");
        String id = listing.json().get("hits").get(0).get("id").asText();
        run("mentions", "review", "--case", dir, id, "--confirm", "--reason", "the memo names " + CANARY);
        Path sheet = tmp.resolve("sheet.csv");
        Files.writeString(sheet, "id,status,reason\n" + id + ",maybe," + CANARY + "\nffffffffffff,reject,x\n");
        assertThat(run("mentions", "review", "--case", dir, "--sheet", sheet.toString())
                        .code())
                .isEqualTo(1);
        assertThat(run("mentions", "--case", dir, "--person", "Nadie " + CANARY + "x")
                        .code())
                .isEqualTo(1);
        run("watch", "--case", dir, ALIAS, "--off");
        run("watch", "--case", dir, CANARY);
        assertThat(run("search", "--case", dir, "person:\"" + ALIAS + "z\"").code())
                .isEqualTo(1);
        run("search", "--case", dir, "--json", "person:\"" + ALIAS + "\"");
        run("chronology", "--case", dir, "--include-watch-list", "--format", "csv");

        PrintStream err = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try (ServedCase served = ServedCase.open(Path.of(dir))) {
            errors.add(served.get("/mentions").statusCode() == 200 ? "" : "queue failed");
            var bad = served.send(
                    own(served, "/mentions/review", Map.of("id", id, "decision", "maybe", "reason", CANARY)));
            assertThat(bad.statusCode()).isEqualTo(400);
            errors.add(bad.body());
            var unknown = served.send(own(served, "/people/watch", Map.of("name", CANARY + "x", "watched", "yes")));
            assertThat(unknown.statusCode()).isEqualTo(404);
            var good = served.send(
                    own(served, "/mentions/review", Map.of("id", id, "decision", "unsure", "reason", "why " + CANARY)));
            assertThat(good.statusCode()).isEqualTo(303);
            var watch = served.send(own(served, "/people/watch", Map.of("name", ALIAS, "watched", "no")));
            assertThat(watch.statusCode()).isEqualTo(303);
            MentionsBrowserTest.awaitScreening(served);
            var search = served.get("/api/v1/search?q=" + Pages.enc("person:\"" + CANARY + "\""));
            assertThat(search.statusCode()).isEqualTo(404);
            errors.add(search.body());
        } finally {
            System.setErr(err);
        }
        errors.add(logged.toString(StandardCharsets.UTF_8));
        String all = String.join("\n", errors);
        for (String part : List.of("Xochiquetzal", "Canarioverde", "CANARIOVERDE", "Quetzalita")) {
            assertThat(all).as("what was logged or answered as an error").doesNotContainIgnoringCase(part);
        }
    }
}
