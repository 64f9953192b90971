package org.redress.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case's own configuration files in an encrypted case: a canary name put into each of them with {@code redress
 * config import} (and changed with {@code config edit}) is afterwards found by no byte search of the case folder or
 * of the temporary folder, during the run or after it, and the case still uses every one: a custom event kind
 * imports, a short name of the watch list matches, a lexicon term flags, a claim template is offered.
 */
class ConfigCanaryTest {
    static final String CANARY = "Quetzalcanary";
    static final String PASSPHRASE = "maize river lantern seventeen";

    @TempDir
    Path tmp;

    private Path ram;
    private Path caseDir;
    private Path tmpDir;
    private RedressProcess redress;

    @BeforeEach
    void folders() throws IOException {
        ram = MemoryFolder.create("redress-config-canary-");
        caseDir = tmp.resolve("case");
        tmpDir = Files.createDirectories(tmp.resolve("java-io-tmpdir"));
        redress =
                new RedressProcess(tmpDir, Map.of("REDRESS_PASSPHRASE", PASSPHRASE, "REDRESS_RAM_DIR", ram.toString()));
    }

    @AfterEach
    void removeRam() throws IOException {
        MemoryFolder.remove(ram);
    }

    private RedressProcess.Run ok(String... args) throws Exception {
        RedressProcess.Run run = redress.run(args);
        assertThat(run.code()).as(run.toString()).isZero();
        return run;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ConfigCanaryTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every configuration file, each holding the canary. */
    private Map<String, String> files() throws IOException {
        String deadline = "/org/redress/analysis/deadline/";
        Map<String, String> f = new LinkedHashMap<>();
        f.put("kinds.txt", "protected." + CANARY.toLowerCase() + "_vigil\n");
        f.put("diminutives.txt", CANARY + ": Quetzi\n");
        // The canary in the term and in the lexicon's name (listed as quetzalcanary-watchers): a flag's code and label,
        // sealed.
        f.put("lexicon.txt", CANARY.toLowerCase() + " watchers: " + CANARY.toLowerCase() + " crowd\n");
        f.put("organisations.txt", CANARY.toLowerCase() + ".example.gov = " + CANARY + " Agency, headquarters\n");
        f.put(
                "claims/canary.json",
                resource("/claims/first-amendment-retaliation.json")
                        .replace("\"first-amendment-retaliation\"", "\"canary-claim\"")
                        .replace("\"First Amendment retaliation\"", "\"Retaliation against " + CANARY + "\""));
        f.put(
                "calendars/us-vt-canary.json",
                resource(deadline + "calendars/us-vt.json")
                        .replaceFirst("\"id\": \"us-vt\"", "\"id\": \"us-vt-canary\"")
                        .replace("Vermont legal holidays", CANARY + " holidays"));
        f.put(
                "laws/us-vt.json",
                resource(deadline + "laws/us-vt.json").replaceFirst("\"name\": \"", "\"name\": \"" + CANARY + " "));
        f.put("letters/us-vt.txt", "Dear records officer, about " + CANARY + ":\n[[fee_waiver]]fee[[/fee_waiver]]\n");
        return f;
    }

    @Test
    void eachConfigurationFileIsSealedYetUsed() throws Exception {
        Map<String, String> files = files();
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        Path production = Files.createDirectories(tmp.resolve("production"));
        Files.writeString(
                production.resolve("memo.txt"),
                "Memo: Quetzi Ortiz spoke at the meeting and the " + CANARY + " crowd was there. Withheld: (b)(6).\n");
        Path events = Files.writeString(
                tmp.resolve("events.csv"),
                "id,date,kind,people,description\nV1,2017-05-01,protected." + CANARY.toLowerCase()
                        + "_vigil,,the case's own kind\n");
        Path people = Files.writeString(
                tmp.resolve("people.csv"), "name,aliases,role,organisation,watched\n" + CANARY + " Ortiz,,witness,,\n");
        ByteScan scan = new ByteScan(CANARY);
        ByteScan.Watcher watcher = scan.new Watcher(caseDir, tmpDir);
        String dir = caseDir.toString();
        try {
            ok("init", "--case", dir, "--encrypt");
            for (var e : files.entrySet()) {
                Path source = plain.resolve(e.getKey().replace('/', '-'));
                Files.writeString(source, e.getValue());
                ok("config", "import", "--case", dir, e.getKey(), source.toString());
            }
            // edit: a change is checked, sealed again; a bad one is refused and nothing changes
            ok("config", "edit", "--case", dir, "--editor", "sed -i 's/Quetzi$/Quetzi, Quetzito/'", "diminutives.txt");
            RedressProcess.Run bad =
                    redress.run("config", "edit", "--case", dir, "--editor", "printf 'nodot\\n' >", "kinds.txt");
            assertThat(bad.code()).as(bad.toString()).isEqualTo(1);
            assertThat(bad.err()).contains("Not saved");
            // the case uses each one
            ok("import", "--case", dir, "events", events.toString());
            ok("import", "--case", dir, "people", people.toString());
            ok("watch", "--case", dir, CANARY + " Ortiz");
            ok("ingest", "--case", dir, production.toString());
            assertThat(ok("mentions", "--case", dir, "--json").out()).contains(CANARY + " Ortiz");
            assertThat(ok("flags", "--case", dir).out().toLowerCase())
                    .contains(CANARY.toLowerCase() + " crowd", CANARY.toLowerCase() + "-watchers");
            // the exemption's code and law, sealed like a flag's term, still group the redaction report
            assertThat(ok("redactions", "--case", dir, "--json").out()).contains("(b)(6)");
            assertThat(ok("claims", "templates", "--case", dir).out()).contains("Retaliation against " + CANARY);
        } finally {
            watcher.close();
        }
        assertThat(ok("config", "list", "--case", dir).out())
                .contains(files.keySet())
                .contains("sealed");
        assertThat(ok("config", "show", "--case", dir, "diminutives.txt").out()).contains("Quetzi, Quetzito");
        assertThat(ok("config", "show", "--case", dir, "kinds.txt").out()).isEqualTo(files.get("kinds.txt"));
        RedressProcess.Run climb = redress.run("config", "show", "--case", dir, "claims/../redress-case.txt");
        assertThat(climb.code()).isEqualTo(1);
        assertThat(climb.err()).contains("is not a configuration file");

        assertThat(scan.filesHolding(caseDir, tmpDir)).isEmpty();
        assertThat(watcher.leaked()).isEmpty();
        try (Stream<Path> left = Files.list(ram)) {
            assertThat(left.toList()).as("the editor's plain copy is gone").isEmpty();
        }
        // export writes the plain copy asked for, outside the case
        Path out = tmp.resolve("kinds-export.txt");
        assertThat(ok("config", "export", "--case", dir, "kinds.txt", out.toString())
                        .out())
                .contains("plain");
        assertThat(Files.readString(out)).isEqualTo(files.get("kinds.txt"));
        assertThat(ok("audit", "--case", dir).out()).contains("config.change", "config.view", "config.export");
    }
}
