package org.redress.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.Sha256;

/**
 * The canary of issue 9, through the real command line in processes of their own: a name put into a text file, an
 * email with an attachment, a web page, a spreadsheet (xlsx and csv) and the watch list of an {@code init --encrypt}
 * case is afterwards found by no byte search of the case folder, nor of any file written to the temporary folder
 * during the run (scanned after the run, and by a watcher during it), and the memory folder the readers worked in is
 * gone; with the passphrase the case still searches, shows and screens for it.
 */
class EncryptedCaseCanaryTest {
    static final String NAME = "Itzel Quetzalcanary";
    static final String CANARY = "Quetzalcanary";
    static final String PASSPHRASE = "maize river lantern seventeen";

    @TempDir
    Path tmp;

    private Path ram;
    private Path caseDir;
    private Path tmpDir;
    private RedressProcess redress;
    private final ByteScan scan = new ByteScan(CANARY);

    @BeforeEach
    void folders() throws IOException {
        ram = MemoryFolder.create("redress-canary-test-");
        caseDir = tmp.resolve("case");
        tmpDir = Files.createDirectories(tmp.resolve("java-io-tmpdir"));
        redress =
                new RedressProcess(tmpDir, Map.of("REDRESS_PASSPHRASE", PASSPHRASE, "REDRESS_RAM_DIR", ram.toString()));
    }

    @AfterEach
    void removeRam() throws IOException {
        MemoryFolder.remove(ram);
    }

    private RedressProcess.Run ok(RedressProcess.Run run) {
        assertThat(run.code()).as(run.toString()).isZero();
        return run;
    }

    private static JsonNode json(RedressProcess.Run run) throws IOException {
        return new ObjectMapper().readTree(run.out());
    }

    /** A production with the name in every kind of file issue 9 names. */
    private Path production() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("production"));
        Files.writeString(in.resolve("memo.txt"), "Memo: " + NAME + " spoke at the closed meeting on Tuesday.\n");
        String attachment = Base64.getMimeEncoder()
                .encodeToString(("Attendance list\n" + NAME + ", organiser\n").getBytes(StandardCharsets.UTF_8));
        Files.writeString(
                in.resolve("tip.eml"),
                String.join(
                        "\r\n",
                        "From: \"Agent Smith\" <asmith@ice.example.gov>",
                        "To: records@dmv.example.gov",
                        "Subject: Plates of " + NAME,
                        "Date: Thu, 16 Mar 2017 10:00:00 -0400",
                        "Message-ID: <canary-1@ice.example.gov>",
                        "MIME-Version: 1.0",
                        "Content-Type: multipart/mixed; boundary=\"b1\"",
                        "",
                        "--b1",
                        "Content-Type: text/plain; charset=UTF-8",
                        "",
                        "Please run " + NAME + " through your system.",
                        "--b1",
                        "Content-Type: text/plain; name=\"attendance.txt\"",
                        "Content-Disposition: attachment; filename=\"attendance.txt\"",
                        "Content-Transfer-Encoding: base64",
                        "",
                        attachment,
                        "--b1--",
                        ""));
        Files.writeString(
                in.resolve("profile.html"),
                "<html><head><title>Profile of " + NAME
                        + "</title></head><body><h1>" + NAME + "</h1><p>" + NAME + " leads the farmworkers' union.</p>"
                        + "</body></html>\n");
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(in.resolve("targets.xlsx"))) {
            var sheet = book.createSheet("Targets");
            sheet.createRow(0).createCell(0).setCellValue("Name");
            sheet.createRow(1).createCell(0).setCellValue(NAME);
            sheet.getRow(1).createCell(1).setCellValue("Burlington");
            book.write(out);
        }
        Files.writeString(in.resolve("roster.csv"), "name,city\n" + NAME + ",Burlington\nAna Ruiz,Winooski\n");
        return in;
    }

    @Test
    void theNameIsNowhereOnDiskYetTheCaseFindsItWithItsKey() throws Exception {
        Path people = tmp.resolve("people.csv");
        Files.writeString(people, "name,aliases,role,organisation,watched\n" + NAME + ",,witness,,\n");
        Path production = production();

        List<RedressProcess.Run> runs = new ArrayList<>();
        ByteScan.Watcher watcher = scan.new Watcher(caseDir, tmpDir);
        try {
            runs.add(ok(redress.run("init", "--case", caseDir.toString(), "--encrypt")));
            runs.add(ok(redress.run("import", "--case", caseDir.toString(), "people", people.toString())));
            runs.add(ok(redress.run("watch", "--case", caseDir.toString(), NAME)));
            runs.add(ok(redress.run(
                    "ingest",
                    "--case",
                    caseDir.toString(),
                    "--source",
                    "Production of " + NAME,
                    production.toString())));
            runs.add(ok(redress.run("search", "--case", caseDir.toString(), CANARY)));
        } finally {
            watcher.close();
        }

        // The scan finds the name where it is in the clear (the inputs), and nowhere else on disk, after the run or
        // at any moment of it.
        assertThat(scan.filesHolding(production))
                .contains(production.resolve("memo.txt"), production.resolve("tip.eml"));
        assertThat(scan.filesHolding(caseDir, tmpDir)).isEmpty();
        assertThat(watcher.leaked()).isEmpty();
        assertThat(watcher.scans()).isPositive();
        assertThat(watcher.filesSeen()).as("the watcher saw the case's files").isGreaterThan(10);
        try (Stream<Path> left = Files.list(ram)) {
            assertThat(left.toList())
                    .as("the readers' memory folder is removed")
                    .isEmpty();
        }
        // nor the plain SHA-256 of an original
        String memoSha = Sha256.of(production.resolve("memo.txt"));
        assertThat(new ByteScan(memoSha).filesHolding(caseDir)).isEmpty();
        assertThat(new ByteScan(HexFormat.of()
                                .formatHex(HexFormat.of().parseHex(memoSha))
                                .substring(0, 24))
                        .filesHolding(caseDir))
                .isEmpty();

        // With the key: every file is found, shown and screened.
        JsonNode hits = json(ok(redress.run("search", "--case", caseDir.toString(), "--json", CANARY)));
        List<String> paths = new ArrayList<>();
        hits.get("hits").forEach(h -> paths.add(h.get("path").asText()));
        assertThat(String.join("\n", paths))
                .contains("memo.txt")
                .contains("tip.eml")
                .contains("attendance.txt")
                .contains("profile.html")
                .contains("targets.xlsx")
                .contains("roster.csv");
        String memo = null;
        for (JsonNode h : hits.get("hits"))
            if (h.get("path").asText().endsWith("memo.txt"))
                memo = h.get("documentId").asText();
        assertThat(ok(redress.run("show", "--case", caseDir.toString(), memo.substring(0, 12)))
                        .out())
                .contains(NAME + " spoke at the closed meeting");
        JsonNode mentions = json(ok(redress.run("mentions", "--case", caseDir.toString(), "--json")));
        assertThat(mentions.get("hits").size()).isGreaterThanOrEqualTo(6);
        assertThat(mentions.get("hits").get(0).get("person").asText()).isEqualTo(NAME);
        assertThat(ok(redress.run("audit", "verify", "--case", caseDir.toString()))
                        .out())
                .contains("intact");
        ok(redress.run("verify", "--case", caseDir.toString()));
        assertThat(json(ok(redress.run("audit", "--case", caseDir.toString(), "--json")))
                        .toString())
                .contains(CANARY); // the log recorded the search and the watch, sealed on disk
        assertThat(scan.filesHolding(caseDir, tmpDir)).isEmpty();
    }

    @Test
    void aWrongPassphraseOrNoneChangesNothingAndSaysSoPlainly() throws Exception {
        ok(redress.run("init", "--case", caseDir.toString(), "--encrypt"));
        Path production = production();
        ok(redress.run("ingest", "--case", caseDir.toString(), production.toString()));
        Map<String, String> before = fingerprint(caseDir);

        RedressProcess wrong = redress.with(Map.of("REDRESS_PASSPHRASE", "not the passphrase at all"));
        RedressProcess none = redress.without("REDRESS_PASSPHRASE");
        Path wrongFile = Files.writeString(tmp.resolve("wrong.key"), "also not it\n");
        List<String[]> commands = List.of(
                new String[] {"search", "--case", caseDir.toString(), CANARY},
                new String[] {"ingest", "--case", caseDir.toString(), production.toString()},
                new String[] {"watch", "--case", caseDir.toString(), NAME},
                new String[] {"audit", "--case", caseDir.toString()},
                new String[] {"status", "--case", caseDir.toString()},
                new String[] {
                    "backup",
                    "--case",
                    caseDir.toString(),
                    "--to",
                    tmp.resolve("b.zip").toString()
                });
        for (String[] c : commands) {
            RedressProcess.Run w = wrong.run(c);
            assertThat(w.code()).as(w.toString()).isEqualTo(1);
            assertThat(w.err().strip()).isEqualTo("This case is encrypted and the passphrase is wrong");
            RedressProcess.Run n = none.run(c);
            assertThat(n.code()).as(n.toString()).isEqualTo(1);
            assertThat(n.err().strip())
                    .isEqualTo("This case is encrypted and needs its passphrase: set REDRESS_PASSPHRASE or run on a"
                            + " terminal");
        }
        String[] withFile = {"search", "--case", caseDir.toString(), "--key-file", wrongFile.toString(), CANARY};
        RedressProcess.Run f = none.run(withFile);
        assertThat(f.code()).as(f.toString()).isEqualTo(1);
        assertThat(f.err().strip()).isEqualTo("This case is encrypted and the passphrase is wrong");

        assertThat(fingerprint(caseDir)).isEqualTo(before);
        assertThat(tmp.resolve("b.zip")).doesNotExist();
        Path right = Files.writeString(tmp.resolve("right.key"), PASSPHRASE + "\n");
        assertThat(ok(none.run("search", "--case", caseDir.toString(), "--key-file", right.toString(), CANARY))
                        .out())
                .contains("memo.txt");
    }

    /** Every file of the folder with its size, time and SHA-256. */
    private static Map<String, String> fingerprint(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList())
                out.put(
                        dir.relativize(p).toString(),
                        Files.size(p) + " " + Files.getLastModifiedTime(p) + " " + Sha256.of(p));
        }
        return out;
    }
}
