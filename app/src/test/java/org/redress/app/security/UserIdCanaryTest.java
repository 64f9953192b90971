package org.redress.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;
import org.redress.app.web.ServedCase;
import org.redress.app.wiring.CaseKeyring;

/**
 * The ids a user types, in an encrypted case, in process (the command line and the web server of this JVM): a
 * canary name used as an event id, a claim id, a claim template's id, an element id and a law id is afterwards found
 * by no byte search of the case folder nor of any file this run wrote to the temporary folder, while the command line
 * and the web still list, show, cite and link them by their plain ids.
 */
class UserIdCanaryTest {
    static final String CANARY = "Tlalcanary";
    static final String EVENT = "arrest-yaretzi-tlalcanary";
    static final String CLAIM = "claim-tlalcanary";
    static final String TEMPLATE = "template-tlalcanary";
    static final String ELEMENT = "element-tlalcanary";
    static final String LAW = "law-tlalcanary";

    @TempDir
    Path tmp;

    private Path key;

    @BeforeEach
    void passphrase() throws IOException {
        key = Files.writeString(tmp.resolve("passphrase"), "maize river lantern seventeen\n");
    }

    @AfterEach
    void ordinary() {
        CaseKeyring.forgetAll();
        CaseKeyring.useKeyFile(null);
    }

    /** A command of the case, given its passphrase the way a script gives it. */
    private Cli.Run ok(String... args) {
        String[] withKey = java.util.Arrays.copyOf(args, args.length + 2);
        withKey[args.length] = "--key-file";
        withKey[args.length + 1] = key.toString();
        Cli.Run r = Cli.run(withKey);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    /** The inputs, in plain text outside the case (where the user keeps them). */
    private Path input(String name, String text) throws IOException {
        return Files.writeString(Files.createDirectories(tmp.resolve("inputs")).resolve(name), text);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = UserIdCanaryTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void idsNamedAfterAPersonAreSealedYetListedShownCitedAndLinked() throws Exception {
        Path systemTmp = Path.of(System.getProperty("java.io.tmpdir"));
        FileTime start = FileTime.from(Instant.now().minusSeconds(1));
        String dir = tmp.resolve("case").toString();

        ok("init", "--case", dir, "--encrypt");
        ok(
                "import",
                "--case",
                dir,
                "people",
                input("people.csv", "name,role\nYaretzi Ortiz,subject\n").toString());
        ok(
                "import",
                "--case",
                dir,
                "events",
                input(
                                "events.csv",
                                "id,date,kind,people,description\n" + EVENT
                                        + ",2017-03-17,adverse.arrest,Yaretzi Ortiz,stopped at the corner\n")
                        .toString());
        ok(
                "config",
                "import",
                "--case",
                dir,
                "claims/local.json",
                input("template.json", """
                                {"id": "%s", "title": "Retaliation", "elements": [
                                  {"id": "%s", "title": "Speech"}, {"id": "motive", "title": "Motive"}]}
                                """.formatted(TEMPLATE, ELEMENT)).toString());
        String law = resource("/org/redress/analysis/deadline/laws/us-vt.json")
                .replaceFirst("\"id\": \"us-vt\"", "\"id\": \"" + LAW + "\"");
        ok(
                "config",
                "import",
                "--case",
                dir,
                "laws/local.json",
                input("law.json", law).toString());
        ok("claims", "add", "--case", dir, TEMPLATE, "--id", CLAIM);
        ok("claims", "link", "--case", dir, CLAIM, ELEMENT, "--event", EVENT, "--weight", "strong");
        ok("requests", "add", "--case", dir, "--law", LAW, "--agency", "Sheriff", "--subject", "arrest records");

        // The command line lists, shows and links them by their plain ids.
        JsonNode chronology =
                ok("chronology", "--case", dir, "--format", "json").json();
        assertThat(chronology.get("events").findValuesAsText("id")).containsExactly(EVENT);
        JsonNode claims = ok("claims", "list", "--case", dir, "--json").json();
        assertThat(claims.toString()).contains(CLAIM, TEMPLATE, ELEMENT);
        JsonNode gaps = ok("claims", "gaps", "--case", dir, "--json").json();
        assertThat(gaps.get("claims").get(0).get("claim").asText()).isEqualTo(CLAIM);
        assertThat(gaps.get("claims").get(0).get("unsupported").toString()).isEqualTo("[\"motive\"]");
        assertThat(gaps.toString()).contains(EVENT);
        assertThat(ok("requests", "list", "--case", dir, "--json").out()).contains(LAW);

        // And so does the web: the event by its id, a citation added to it, the claims page, a link made there.
        CaseKeyring.useKeyFile(key);
        try (ServedCase served = ServedCase.open(Path.of(dir))) {
            var event = served.get("/api/v1/events/" + EVENT);
            assertThat(event.statusCode()).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(event.body()).get("id").asText())
                    .isEqualTo(EVENT);
            assertThat(served.get("/events/" + EVENT).body()).contains(EVENT, "stopped at the corner");
            var cited = served.send(served.form(
                            "/events/" + EVENT + "/citations",
                            Map.of("type", "outside", "url", "https://news.example.org/a", "title", "Local paper"))
                    .header("Origin", served.base()));
            assertThat(cited.statusCode()).as(cited.body()).isEqualTo(303);
            assertThat(served.get("/api/v1/events/" + EVENT).body()).contains("Local paper");
            var linked = served.send(served.form(
                            "/claims/link", Map.of("element", CLAIM + "/motive", "event", EVENT, "weight", "weakly"))
                    .header("Origin", served.base()));
            assertThat(linked.statusCode()).as(linked.body()).isEqualTo(303);
            assertThat(served.get("/claims").body()).contains(CLAIM, ELEMENT, EVENT);
            assertThat(new ObjectMapper()
                            .readTree(served.get("/api/v1/claims/gaps").body())
                            .toString())
                    .contains("\"unsupported\":[]", EVENT);
            assertThat(served.get("/api/v1/requests").body()).contains(LAW);
        }

        ByteScan scan = new ByteScan(CANARY);
        assertThat(scan.filesHolding(tmp.resolve("case"))).isEmpty();
        List<Path> written = writtenSince(systemTmp, start, tmp.resolve("inputs"));
        assertThat(written).as("the run wrote to the temporary folder").isNotEmpty(); // the case, at least
        assertThat(scan.filesHolding(written.toArray(Path[]::new))).isEmpty();
        assertThat(scan.filesHolding(tmp.resolve("inputs"))).isNotEmpty(); // the scan would see the ids
    }

    /**
     * The files under the temporary folder that this run may have written (changed since it started), but for the
     * inputs, which hold the ids in the clear as the user wrote them. A folder this user cannot read is not one it
     * wrote.
     */
    private static List<Path> writtenSince(Path folder, FileTime start, Path inputs) throws IOException {
        List<Path> found = new java.util.ArrayList<>();
        Files.walkFileTree(folder, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(
                    Path d, java.nio.file.attribute.BasicFileAttributes a) {
                return d.equals(inputs)
                        ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                        : java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
                if (a.isRegularFile() && a.lastModifiedTime().compareTo(start) >= 0 && Files.isReadable(f))
                    found.add(f);
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        return found;
    }
}
