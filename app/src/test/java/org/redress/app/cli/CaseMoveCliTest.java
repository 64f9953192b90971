package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.demo.DemoCaseModel;
import org.redress.app.wiring.CaseServices;
import org.redress.app.wiring.ServerCase;
import org.redress.app.wiring.ServerConfig;
import org.redress.core.audit.RecordedEntry;

/**
 * Moving a case (issue 13) end to end, against the real PostgreSQL and OpenSearch of ServerCaseCliTest: the demo case
 * folder (its real files ingested, its people, events with citations, claim and findings, request, and a reviewed
 * mention) exported, imported as a case on the server, exported from there and imported into a new folder. Every
 * side has the same counts per kind, gives the same totals and top hits, and shows a cited page with the same text;
 * the audit history goes along. A tampered archive, and an import into a case already there, write nothing.
 */
class CaseMoveCliTest {
    private static final String PG_URL = env("REDRESS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:55432/redress_test");
    private static final String PG_USER = env("REDRESS_TEST_PG_USER", "postgres");
    private static final String PG_PASSWORD = System.getenv("REDRESS_TEST_PG_PASSWORD");
    private static final String OS_URL = env("REDRESS_TEST_OS_URL", "http://127.0.0.1:19200");
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String MOVED = "movetest_" + RUN;
    private static final String TAMPERED = "movetest_bad_" + RUN;
    private static final List<String> QUERIES =
            List.of("memorandum", "\"field office\"", "arrest*", "Balcázar", "photos OR addresses", "*");

    @TempDir
    static Path tmp;

    static Path serverFile;
    static Path keyFile;
    static Path folder;
    static Path backFolder;
    static Path folderArchive;
    static JsonNode folderExport;
    static JsonNode serverImport;
    static JsonNode serverExport;
    static JsonNode folderImport;
    static String reviewedMention;

    @BeforeAll
    static void moveTheDemoCaseToTheServerAndBack() throws IOException {
        Assumptions.assumeFalse("skip".equalsIgnoreCase(System.getenv("REDRESS_TEST_PG")), "PostgreSQL skipped");
        Assumptions.assumeFalse("skip".equalsIgnoreCase(System.getenv("REDRESS_TEST_OS")), "OpenSearch skipped");
        serverFile = Files.writeString(
                tmp.resolve("server.properties"),
                "db.url = " + PG_URL + "\ndb.user = " + PG_USER + "\n"
                        + (PG_PASSWORD == null ? "" : "db.password = " + PG_PASSWORD + "\n")
                        + "search.url = " + OS_URL + "\nblobs.dir = blobs\n");
        keyFile = Files.writeString(tmp.resolve("archive-passphrase.txt"), "a long passphrase for the archive\n");
        folder = tmp.resolve("folder-case");
        Cli.demoCase(folder, tmp.resolve("production"));
        try (CaseServices c = CaseServices.open(folder)) {
            assertThat(DemoCaseModel.addTo(c, tmp.resolve("model"))).isTrue();
        }
        JsonNode hits = ok(Cli.run("mentions", "--case", folder.toString(), "--json"))
                .json()
                .get("hits");
        assertThat(hits.size())
                .as("the demo's people are named in its documents")
                .isPositive();
        reviewedMention = hits.get(0).get("id").asText();
        ok(Cli.run(
                "mentions", "review", "--case", folder.toString(), reviewedMention, "--confirm", "--reason", "seen"));

        folderArchive = tmp.resolve("archives").resolve("folder.redress-case");
        folderExport = ok(exportFolder(folder, folderArchive)).json();
        serverImport = ok(importToServer(MOVED, folderArchive, "--json")).json();
        Path serverArchive = tmp.resolve("archives").resolve("server.redress-case");
        serverExport = ok(Cli.run(
                        "case",
                        "export",
                        "--server",
                        serverFile.toString(),
                        "--case",
                        MOVED,
                        "--key-file",
                        keyFile.toString(),
                        "--to",
                        serverArchive.toString(),
                        "--json"))
                .json();
        backFolder = tmp.resolve("back-case");
        folderImport = ok(Cli.run(
                        "case",
                        "import",
                        "--case",
                        backFolder.toString(),
                        "--key-file",
                        keyFile.toString(),
                        "--json",
                        serverArchive.toString()))
                .json();
    }

    @AfterAll
    static void dropTheTestCases() throws Exception {
        if (serverFile == null) return;
        Jdbi.create(PG_URL, PG_USER, PG_PASSWORD == null ? "" : PG_PASSWORD).useHandle(h -> {
            for (String name : List.of(MOVED, TAMPERED))
                h.execute("DROP SCHEMA IF EXISTS case_" + name + " CASCADE"); // names of this test
        });
        HttpClient http = HttpClient.newHttpClient();
        for (String name : List.of(MOVED, TAMPERED))
            http.send(
                    HttpRequest.newBuilder(URI.create(OS_URL + "/redress-case-" + name))
                            .DELETE()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
    }

    private static Cli.Run exportFolder(Path caseDir, Path to, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "case",
                "export",
                "--case",
                caseDir.toString(),
                "--key-file",
                keyFile.toString(),
                "--to",
                to.toString(),
                "--json"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static Cli.Run importToServer(String name, Path archive, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "case", "import", "--server", serverFile.toString(), "--case", name, "--key-file", keyFile.toString()));
        args.addAll(List.of(more));
        args.add(archive.toString());
        return Cli.run(args.toArray(String[]::new));
    }

    private static Cli.Run onServer(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(1, List.of("--server", serverFile.toString(), "--case", MOVED));
        return Cli.run(all.toArray(String[]::new));
    }

    private static Cli.Run inFolder(Path caseDir, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(1, List.of("--case", caseDir.toString()));
        return Cli.run(all.toArray(String[]::new));
    }

    private static Cli.Run ok(Cli.Run run) {
        assertThat(run.code()).as(run.toString()).isZero();
        return run;
    }

    private static Map<String, Long> counts(JsonNode run) {
        Map<String, Long> counts = new TreeMap<>();
        run.get("counts")
                .fields()
                .forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
        counts.remove("audit"); // grows with each command; compared entry by entry below
        return counts;
    }

    @Test
    void everyKindArrivesWithTheSameCountsOnBothSides() {
        Map<String, Long> before = counts(folderExport);
        assertThat(before.get("documents")).isGreaterThanOrEqualTo(5);
        assertThat(before.get("pages")).isGreaterThan(before.get("documents") - 1);
        assertThat(before.get("originals")).isEqualTo(before.get("documents"));
        assertThat(before).containsEntry("people", 6L).containsEntry("events", 6L);
        assertThat(before)
                .containsEntry("claims", 1L)
                .containsEntry("findings", 2L)
                .containsEntry("requests", 1L);
        assertThat(before.get("mentions")).isPositive();
        assertThat(before.get("citations")).isPositive();
        // Counted again from the server's database by its own export, and from the new folder's import.
        assertThat(counts(serverImport)).isEqualTo(before);
        assertThat(counts(serverExport)).isEqualTo(before);
        assertThat(counts(folderImport)).isEqualTo(before);
        JsonNode status = ok(onServer("status", "--json")).json();
        assertThat(status.get("documents").asLong()).isEqualTo(before.get("documents"));
        assertThat(status.get("indexedPages").asLong())
                .isEqualTo(status.get("pages").asLong());
    }

    @Test
    void theQueriesGiveTheSameTotalsAndTopHitsOnEverySide() {
        for (String query : QUERIES) {
            JsonNode there = ok(inFolder(folder, "search", "--json", query)).json();
            JsonNode server = ok(onServer("search", "--json", query)).json();
            JsonNode back = ok(inFolder(backFolder, "search", "--json", query)).json();
            assertThat(there.get("total").asLong()).as(query).isPositive();
            assertThat(server.get("total").asLong())
                    .as(query)
                    .isEqualTo(there.get("total").asLong());
            assertThat(back.get("total").asLong())
                    .as(query)
                    .isEqualTo(there.get("total").asLong());
            assertThat(topHits(server)).as(query).isEqualTo(topHits(there));
            assertThat(topHits(back)).as(query).isEqualTo(topHits(there));
        }
    }

    /** The first page of hits as a set: Lucene and OpenSearch break ties differently (GoldenQueriesTest). */
    private static Set<String> topHits(JsonNode run) {
        Set<String> hits = new TreeSet<>();
        StreamSupport.stream(run.get("hits").spliterator(), false)
                .forEach(h -> hits.add(
                        h.get("documentId").asText() + "#p" + h.get("page").asText()));
        return hits;
    }

    @Test
    void aCitedPageShowsTheSameTextOnEverySide() {
        JsonNode memo = ok(inFolder(folder, "search", "--json", "\"field office\" AND memorandum"))
                .json()
                .get("hits")
                .get(0);
        String id = memo.get("documentId").asText();
        String page = memo.get("page").asText();
        JsonNode there =
                ok(inFolder(folder, "show", "--json", "--page", page, id)).json();
        JsonNode server = ok(onServer("show", "--json", "--page", page, id)).json();
        JsonNode back =
                ok(inFolder(backFolder, "show", "--json", "--page", page, id)).json();
        assertThat(there.toString()).contains("Field Office Director");
        assertThat(server).isEqualTo(there);
        assertThat(back).isEqualTo(there);
    }

    @Test
    void theReviewedMentionAndTheChronologyArriveAsTheyWere() {
        JsonNode hits = ok(inFolder(backFolder, "mentions", "--json")).json().get("hits");
        JsonNode reviewed = StreamSupport.stream(hits.spliterator(), false)
                .filter(h -> h.get("id").asText().equals(reviewedMention))
                .findFirst()
                .orElseThrow();
        assertThat(reviewed.get("status").asText()).isEqualTo("confirmed");
        assertThat(ok(inFolder(backFolder, "chronology", "--format", "json")).out())
                .isEqualTo(
                        ok(inFolder(folder, "chronology", "--format", "json")).out());
    }

    @Test
    void theAuditHistoryGoesAlongAndEachMoveIsRecorded() throws IOException {
        List<RecordedEntry> server = ServerCase.auditLogOf(ServerConfig.read(serverFile), ServerCase.caseName(MOVED))
                .entries();
        JsonNode folderLog = ok(inFolder(folder, "audit", "--json")).json().get("entries");
        int exported = (int) folderExport.get("counts").get("audit").asLong();
        assertThat(server.size()).isGreaterThan(exported);
        for (int i = 0; i < exported; i++) {
            JsonNode was = folderLog.get(i);
            assertThat(server.get(i).entry().action())
                    .isEqualTo(was.get("action").asText());
            assertThat(server.get(i).entry().at().toString())
                    .isEqualTo(was.get("at").asText());
            assertThat(server.get(i).entry().from())
                    .isEqualTo("imported/" + was.get("from").asText());
        }
        assertThat(server.get(exported).entry().action()).isEqualTo("case.import");
        assertThat(StreamSupport.stream(folderLog.spliterator(), false)
                        .map(e -> e.get("action").asText()))
                .contains("case.export");
        assertThat(ok(Cli.run("audit", "verify", "--case", backFolder.toString(), "--json"))
                        .json()
                        .get("intact")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void theArchiveIsEncryptedAndHoldsNoTextInTheClear() throws IOException {
        byte[] bytes = Files.readAllBytes(folderArchive);
        String asText = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(asText).doesNotContain("field office").doesNotContain("Balc").doesNotContain("manifest.json");
        try (var files = Files.list(folderArchive.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aTamperedArchiveIsRefusedAndNothingIsWritten() throws IOException {
        Path plain = tmp.resolve("plain").resolve("folder.zip");
        ok(exportFolder(folder, plain, "--plain"));
        Path tampered = tmp.resolve("plain").resolve("tampered.zip");
        rewrite(plain, tampered, "tables/pages.jsonl", text -> text.replace("Migrant Justice", "Migrant Justise"));
        assertThat(Files.size(tampered)).isPositive();

        Cli.Run server = importToServer(TAMPERED, tampered);
        assertThat(server.code()).as(server.toString()).isEqualTo(1);
        assertThat(server.err())
                .contains("altered")
                .contains("tables/pages.jsonl")
                .doesNotContain("Justise");
        Cli.Run status = Cli.run("status", "--server", serverFile.toString(), "--case", TAMPERED);
        assertThat(status.code()).as(status.toString()).isEqualTo(1);
        assertThat(status.err()).contains("no case named");
        assertThat(tmp.resolve("blobs").resolve("case_" + TAMPERED)).doesNotExist();

        Path intoFolder = tmp.resolve("tampered-case");
        Cli.Run run = Cli.run("case", "import", "--case", intoFolder.toString(), tampered.toString());
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(intoFolder).doesNotExist();

        // An encrypted archive with one byte changed does not decrypt: refused as well.
        byte[] sealed = Files.readAllBytes(folderArchive);
        sealed[sealed.length / 2] ^= 1;
        Path flipped = Files.write(tmp.resolve("plain").resolve("flipped.redress-case"), sealed);
        Cli.Run flippedRun = Cli.run(
                "case",
                "import",
                "--case",
                intoFolder.toString(),
                "--key-file",
                keyFile.toString(),
                flipped.toString());
        assertThat(flippedRun.code()).as(flippedRun.toString()).isEqualTo(1);
        assertThat(intoFolder).doesNotExist();
    }

    @Test
    void anImportThatFailsHalfWayLeavesNoCaseBehind() throws IOException, InterruptedException {
        Path plain = tmp.resolve("halfway").resolve("folder.zip");
        ok(exportFolder(folder, plain, "--plain"));
        // A consistent archive (its manifest lists the changed entry's digest) whose audit log, read after the tables,
        // originals and files, cannot be read: the case is made and filled up to there before the failure.
        Path broken = tmp.resolve("halfway").resolve("broken.zip");
        rewriteConsistently(plain, broken, "audit.jsonl", text -> text + "{\"at\":\"yesterday\"}\n");
        Cli.Run server = importToServer(TAMPERED, broken);
        assertThat(server.code()).as(server.toString()).isEqualTo(1);
        assertThat(server.err()).contains("audit entry").contains("nothing was imported");
        assertThat(Cli.run("status", "--server", serverFile.toString(), "--case", TAMPERED)
                        .err())
                .contains("no case named");
        assertThat(tmp.resolve("blobs").resolve("case_" + TAMPERED)).doesNotExist();
        assertThat(HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(OS_URL + "/redress-case-" + TAMPERED))
                                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(404);

        Path intoFolder = tmp.resolve("halfway-case");
        Cli.Run run = Cli.run("case", "import", "--case", intoFolder.toString(), broken.toString());
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(intoFolder).doesNotExist();
    }

    @Test
    void anImportIntoACaseAlreadyThereIsRefusedAndLeavesItAsItWas() {
        long before = ok(onServer("status", "--json")).json().get("documents").asLong();
        Cli.Run server = importToServer(MOVED, folderArchive);
        assertThat(server.code()).as(server.toString()).isEqualTo(1);
        assertThat(server.err()).contains("already a case").contains("never merges");
        assertThat(ok(onServer("status", "--json")).json().get("documents").asLong())
                .isEqualTo(before);

        Cli.Run intoFolder = Cli.run(
                "case",
                "import",
                "--case",
                folder.toString(),
                "--key-file",
                keyFile.toString(),
                folderArchive.toString());
        assertThat(intoFolder.code()).as(intoFolder.toString()).isEqualTo(1);
        assertThat(intoFolder.err()).contains("already holds a case");
    }

    /** A copy of a plain archive with one entry's text changed and its manifest left as it was. */
    private static void rewrite(Path from, Path to, String entry, java.util.function.UnaryOperator<String> change)
            throws IOException {
        rewrite(from, to, entry, change, false);
    }

    /** The same, with the manifest made to list the changed entry (a consistent archive of bad content). */
    private static void rewriteConsistently(
            Path from, Path to, String entry, java.util.function.UnaryOperator<String> change) throws IOException {
        rewrite(from, to, entry, change, true);
    }

    private static void rewrite(
            Path from, Path to, String entry, java.util.function.UnaryOperator<String> change, boolean relist)
            throws IOException {
        byte[] changed = null;
        try (InputStream raw = Files.newInputStream(from);
                ZipInputStream in = new ZipInputStream(raw);
                OutputStream sink = Files.newOutputStream(to);
                ZipOutputStream out = new ZipOutputStream(sink)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                    changed = bytes;
                }
                if (relist && e.getName().equals("manifest.json") && changed != null)
                    bytes = relisted(bytes, entry, changed);
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }

    private static byte[] relisted(byte[] manifest, String entry, byte[] bytes) throws IOException {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(manifest);
        for (JsonNode e : root.get("entries"))
            if (e.get("name").asText().equals(entry)) {
                var listed = (com.fasterxml.jackson.databind.node.ObjectNode) e;
                listed.put("sha256", org.redress.core.corpus.Sha256.of(bytes));
                listed.put("bytes", bytes.length);
                listed.put(
                        "rows",
                        new String(bytes, StandardCharsets.UTF_8)
                                .chars()
                                .filter(c -> c == '\n')
                                .count());
            }
        return mapper.writeValueAsBytes(root);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
