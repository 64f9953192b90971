package org.redress.app.cli.custody;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;
import org.redress.app.wiring.CaseServices;
import org.redress.core.corpus.Sha256;
import org.redress.core.corpus.Source;
import org.redress.core.requests.Production;

/**
 * Chain of custody end to end through the real command line: a real ingest (isolated readers, SQLite, Lucene),
 * manifests checked with the JDK's own Ed25519 against {@code keys/custody.pub}, and tampering done on disk.
 */
class CustodyCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "Release 1";

    @TempDir
    static Path shared;

    /** A case with one source ingested, copied fresh for each test so the slow ingest runs once. */
    static Path template;

    static Path production;

    /** The bytes the test wrote, by the path a manifest should list them under. */
    static final Map<String, byte[]> written = new HashMap<>();

    @TempDir
    Path tmp;

    Path caseDir;

    @BeforeAll
    static void ingestOnce() throws IOException {
        production = Files.createDirectories(shared.resolve("release"));
        write("memo.txt", "Memo: the DMV shared the photographs of the organizers with ICE agents.");
        write("notes.txt", "Field notes on the press conference at the statehouse, 12 March.");
        byte[] a = "Member list of the community meeting.".getBytes(StandardCharsets.UTF_8);
        byte[] b = "Agenda: the campaign against the DMV data sharing.".getBytes(StandardCharsets.UTF_8);
        Path zip = production.resolve("materials.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (var entry : Map.of("a.txt", a, "b.txt", b).entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        written.put("materials.zip", Files.readAllBytes(zip));
        written.put("materials.zip › a.txt", a);
        written.put("materials.zip › b.txt", b);
        Files.write(production.resolve("empty.txt"), new byte[0]);

        template = shared.resolve("case");
        ok(Cli.run("init", "--case", template.toString()));
        ok(Cli.run(
                "ingest",
                "--case",
                template.toString(),
                "--source",
                SOURCE,
                "--received",
                "2024-04-02",
                "--json",
                production.toString()));
    }

    private static void write(String name, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(production.resolve(name), bytes);
        written.put(name, bytes);
    }

    @BeforeEach
    void copyCase() throws IOException {
        caseDir = tmp.resolve("case");
        try (Stream<Path> walk = Files.walk(template)) {
            for (Path p : walk.sorted().toList()) {
                Path target = caseDir.resolve(template.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    private static Cli.Run ok(Cli.Run run) {
        assertThat(run.code()).as(run.toString()).isZero();
        return run;
    }

    /** A FOIA request to ICE in the test's case, by its subject and tracking number; its id. */
    private long addRequest(String subject, String tracking) {
        return ok(Cli.run(
                        "requests",
                        "add",
                        "--case",
                        caseDir.toString(),
                        "--law",
                        "us-foia",
                        "--agency",
                        "U.S. Immigration and Customs Enforcement",
                        "--subject",
                        subject,
                        "--tracking",
                        tracking,
                        "--json"))
                .json()
                .get("id")
                .asLong();
    }

    private Cli.Run verify() {
        return Cli.run("verify", "--case", caseDir.toString(), "--json");
    }

    private List<Path> manifests() throws IOException {
        try (Stream<Path> files = Files.list(caseDir.resolve("manifests"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private Path sigOf(Path manifest) {
        return manifest.resolveSibling(manifest.getFileName().toString().replace(".json", ".sig"));
    }

    private boolean signatureVerifies(Path manifest) throws Exception {
        var key = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Files.readAllBytes(caseDir.resolve("keys/custody.pub"))));
        Signature s = Signature.getInstance("Ed25519");
        s.initVerify(key);
        s.update(Files.readAllBytes(manifest));
        return s.verify(
                Base64.getDecoder().decode(Files.readString(sigOf(manifest)).strip()));
    }

    private Path originalOf(String displayPath) {
        String sha = Sha256.of(written.get(displayPath));
        return caseDir.resolve("originals")
                .resolve(sha.substring(0, 2))
                .resolve(sha.substring(2, 4))
                .resolve(sha);
    }

    private static void makeWritable(Path file) {
        assertThat(file.toFile().setWritable(true)).isTrue();
    }

    @Test
    void intakeWritesASignedManifestOfEveryOriginalWithItsDigestAndSize() throws Exception {
        List<Path> manifests = manifests();
        assertThat(manifests).hasSize(1);
        assertThat(signatureVerifies(manifests.get(0))).isTrue();

        JsonNode m = JSON.readTree(manifests.get(0).toFile());
        assertThat(m.get("format").asText()).isEqualTo("redress-custody-manifest/1");
        assertThat(m.get("version").asInt()).isEqualTo(1);
        assertThat(m.has("previous")).isFalse();
        assertThat(m.get("source").get("name").asText()).isEqualTo(SOURCE);
        assertThat(m.get("source").get("received").asText()).isEqualTo("2024-04-02");
        assertThat(m.get("ingest").get("by").asText()).isEqualTo(System.getProperty("user.name"));
        assertThat(m.get("ingest").get("finished").asText())
                .isGreaterThanOrEqualTo(m.get("ingest").get("started").asText());
        assertThat(m.has("request")).isFalse();

        Map<String, JsonNode> byPath = new HashMap<>();
        // Paths as ingest shows them: under the folder given on the command line.
        m.get("files").forEach(f -> byPath.put(f.get("path").asText().replaceFirst("^release/", ""), f));
        assertThat(m.get("files")).allMatch(f -> f.get("path").asText().startsWith("release/"));
        assertThat(byPath).containsOnlyKeys(written.keySet());
        String zipSha = Sha256.of(written.get("materials.zip"));
        written.forEach((path, bytes) -> {
            JsonNode f = byPath.get(path);
            assertThat(f.get("sha256").asText()).as(path).isEqualTo(Sha256.of(bytes));
            assertThat(f.get("size").asLong()).as(path).isEqualTo(bytes.length);
            if (path.contains(" › "))
                assertThat(f.get("extractedFrom").asText()).as(path).isEqualTo(zipSha);
            else assertThat(f.has("extractedFrom")).as(path).isFalse();
        });
        assertThat(m.get("notStored").get(0).get("path").asText()).isEqualTo("release/empty.txt");

        String fingerprint = "SHA256:" + Sha256.of(Files.readAllBytes(caseDir.resolve("keys/custody.pub")));
        assertThat(m.get("key").get("fingerprint").asText()).isEqualTo(fingerprint);
    }

    @Test
    void lostKeysAreNotSilentlyReplacedOnceManifestsAreSigned() throws Exception {
        Files.delete(caseDir.resolve("keys/custody.key"));
        Files.delete(caseDir.resolve("keys/custody.pub"));
        Cli.Run run = verify();
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("custody key").contains("from a backup");
        assertThat(caseDir.resolve("keys/custody.key")).doesNotExist();
    }

    @Test
    void aFreshCaseVerifies() {
        Cli.Run run = verify();
        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode report = run.json();
        assertThat(report.get("intact").asBoolean()).isTrue();
        assertThat(report.get("originals").asInt()).isEqualTo(written.size());
        assertThat(report.get("manifests").asInt()).isEqualTo(1);
        assertThat(report.get("problems")).isEmpty();
        assertThat(Cli.run("verify", "--case", caseDir.toString()).out()).contains("all intact");
    }

    @Test
    void aRunThatAddsFilesWritesTheNextVersionAndKeepsTheFirst() throws Exception {
        Path before = manifests().get(0);
        byte[] first = Files.readAllBytes(before);
        Path more = Files.createDirectories(tmp.resolve("more"));
        Files.writeString(more.resolve("late.txt"), "A late page of the production.");
        ok(Cli.run("ingest", "--case", caseDir.toString(), "--source", SOURCE, "--json", more.toString()));
        // The same files again add nothing, so no new version.
        ok(Cli.run("ingest", "--case", caseDir.toString(), "--source", SOURCE, "--json", more.toString()));

        List<Path> manifests = manifests();
        assertThat(manifests).hasSize(2);
        assertThat(Files.readAllBytes(before)).isEqualTo(first);
        JsonNode v2 = JSON.readTree(manifests.get(1).toFile());
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(v2.get("previous").asText()).isEqualTo(Sha256.of(first));
        assertThat(v2.get("files")).hasSize(written.size() + 1);
        assertThat(signatureVerifies(manifests.get(1))).isTrue();
        assertThat(verify().code()).isZero();
    }

    private JsonNode problems(Cli.Run run) {
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        JsonNode report = run.json();
        assertThat(report.get("intact").asBoolean()).isFalse();
        return report.get("problems");
    }

    @Test
    void anAlteredOriginalFailsVerificationByName() throws IOException {
        Path memo = originalOf("memo.txt");
        makeWritable(memo);
        Files.writeString(memo, "Memo: nothing was shared with anyone.");

        JsonNode problems = problems(verify());
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).get("kind").asText()).isEqualTo("original-altered");
        assertThat(problems.get(0).get("target").asText()).isEqualTo(Sha256.of(written.get("memo.txt")));
        assertThat(problems.get(0).get("detail").asText()).contains("memo.txt");
        Cli.Run text = Cli.run("verify", "--case", caseDir.toString());
        assertThat(text.code()).isEqualTo(1);
        assertThat(text.out()).contains("original-altered").contains("memo.txt");
    }

    @Test
    void aDeletedOriginalFailsVerificationByName() throws IOException {
        Path member = originalOf("materials.zip › b.txt");
        makeWritable(member);
        Files.delete(member);

        JsonNode problems = problems(verify());
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).get("kind").asText()).isEqualTo("original-missing");
        assertThat(problems.get(0).get("target").asText()).isEqualTo(Sha256.of(written.get("materials.zip › b.txt")));
        assertThat(problems.get(0).get("detail").asText()).contains("b.txt");
    }

    @Test
    void anEditedManifestFailsVerification() throws IOException {
        Path manifest = manifests().get(0);
        makeWritable(manifest);
        String json = Files.readString(manifest);
        String memoSha = Sha256.of(written.get("memo.txt"));
        Files.writeString(manifest, json.replace(memoSha, Sha256.of("forged".getBytes(StandardCharsets.UTF_8))));

        JsonNode problems = problems(verify());
        List<String> kinds = new ArrayList<>();
        problems.forEach(p -> kinds.add(p.get("kind").asText()));
        assertThat(kinds).contains("manifest-signature-invalid");
        JsonNode invalid = find(problems, "manifest-signature-invalid");
        assertThat(invalid.get("target").asText()).isEqualTo("manifests/" + manifest.getFileName());
        // With its only manifest void, the source's files are in no signed manifest.
        assertThat(find(problems, "source-unrecorded").get("target").asText()).isEqualTo(SOURCE);
        assertThat(Cli.run("export", "manifest", "--case", caseDir.toString(), "--source", SOURCE)
                        .code())
                .isEqualTo(1);
    }

    private static JsonNode find(JsonNode problems, String kind) {
        for (JsonNode p : problems) if (p.get("kind").asText().equals(kind)) return p;
        throw new AssertionError("no " + kind + " in " + problems);
    }

    @Test
    void aSwappedOrMissingSignatureFailsVerification() throws IOException {
        Path other = Files.createDirectories(tmp.resolve("witness"));
        Files.writeString(other.resolve("statement.txt"), "Witness statement about the arrest at the clinic.");
        ok(Cli.run("ingest", "--case", caseDir.toString(), "--source", "Witness upload", "--json", other.toString()));
        List<Path> manifests = manifests();
        assertThat(manifests).hasSize(2);
        assertThat(verify().code()).isZero();

        // The second source's valid signature put beside the first source's manifest.
        Path sig = sigOf(manifests.get(0));
        makeWritable(sig);
        Files.copy(sigOf(manifests.get(1)), sig, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        JsonNode swapped = find(problems(verify()), "manifest-signature-invalid");
        assertThat(swapped.get("target").asText())
                .isEqualTo("manifests/" + manifests.get(0).getFileName());

        Files.delete(sigOf(manifests.get(1)));
        JsonNode unsigned = find(problems(verify()), "manifest-unsigned");
        assertThat(unsigned.get("target").asText())
                .isEqualTo("manifests/" + manifests.get(1).getFileName());
    }

    @Test
    void aProducedRequestsManifestNamesTheRequest() throws Exception {
        long id = addRequest("DMV look-ups of Migrant Justice leaders", "2024-ICFO-00001");
        Path release = Files.createDirectories(tmp.resolve("ice-release"));
        Files.writeString(release.resolve("look-ups.txt"), "DMV look-up log for the organizers, January.");
        ok(Cli.run(
                "requests", "produce", "--case", caseDir.toString(), "2024-ICFO-00001", release.toString(), "--json"));

        JsonNode export = JSON.readTree(ok(Cli.run(
                        "export", "manifest", "--case", caseDir.toString(), "--source", "2024-ICFO-00001 production 1"))
                .out());
        JsonNode request = export.get("manifest").get("request");
        assertThat(request.get("id").asLong()).isEqualTo(id);
        assertThat(request.get("trackingNumber").asText()).isEqualTo("2024-ICFO-00001");
        assertThat(request.get("agency").asText()).isEqualTo("U.S. Immigration and Customs Enforcement");
        // The signed text is what the signature covers, byte for byte.
        Path signedFile = caseDir.resolve(export.get("file").asText());
        assertThat(export.get("signedText").asText()).isEqualTo(Files.readString(signedFile));
        assertThat(export.get("signature").get("value").asText())
                .isEqualTo(Files.readString(sigOf(signedFile)).strip());
        assertThat(signatureVerifies(signedFile)).isTrue();
        assertThat(verify().code()).isZero();
    }

    @Test
    void aProductionWhoseManifestNamesNoRequestFailsVerificationUntilItsIngestRunsAgain() throws Exception {
        long id = addRequest("Field office records", "2024-ICFO-00002");
        // The source signed before it was linked to its request, as a queued production whose signing failed leaves it.
        try (CaseServices c = CaseServices.open(caseDir)) {
            Source s = c.documents().sources().stream()
                    .filter(x -> x.name().equals(SOURCE))
                    .findFirst()
                    .orElseThrow();
            c.folder()
                    .requests()
                    .addProduction(new Production(0, id, 1, s.id(), SOURCE, s.received(), null, null, List.of()));
        }
        Cli.Run broken = verify();
        assertThat(broken.code()).as(broken.toString()).isEqualTo(1);
        JsonNode problem = broken.json().get("problems").get(0);
        assertThat(problem.get("kind").asText()).isEqualTo("manifest-request-missing");
        assertThat(problem.get("target").asText()).isEqualTo(SOURCE);
        assertThat(problem.get("detail").asText()).contains("2024-ICFO-00002", "names no request");

        ok(Cli.run("ingest", "--case", caseDir.toString(), "--source", SOURCE, production.toString()));
        assertThat(verify().code()).isZero();
        JsonNode export =
                JSON.readTree(ok(Cli.run("export", "manifest", "--case", caseDir.toString(), "--source", SOURCE))
                        .out());
        assertThat(export.get("manifest").get("request").get("id").asLong()).isEqualTo(id);
    }

    @Test
    void theManifestExportsAsPdfAndDocxWithItsDigestsAndFingerprint() throws Exception {
        Path pdf = tmp.resolve("manifest.pdf");
        ok(Cli.run(
                "export",
                "manifest",
                "--case",
                caseDir.toString(),
                "--source",
                SOURCE,
                "--format",
                "pdf",
                "--output",
                pdf.toString()));
        String text;
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        String fingerprint = "SHA256:" + Sha256.of(Files.readAllBytes(caseDir.resolve("keys/custody.pub")));
        assertThat(text).contains(SOURCE.replace(" ", "")).contains("memo.txt").contains(fingerprint);
        for (byte[] bytes : written.values()) assertThat(text).contains(Sha256.of(bytes));

        Path docx = tmp.resolve("manifest.docx");
        ok(Cli.run(
                "export",
                "manifest",
                "--case",
                caseDir.toString(),
                "--source",
                SOURCE,
                "--format",
                "docx",
                "--output",
                docx.toString()));
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains(fingerprint).contains(Sha256.of(written.get("memo.txt")));
        }

        Cli.Run unknown = Cli.run("export", "manifest", "--case", caseDir.toString(), "--source", "Nope");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("Nope").contains(SOURCE);
        assertThat(Cli.run("export", "manifest", "--case", caseDir.toString(), "--source", SOURCE, "--format", "pdf")
                        .code())
                .isEqualTo(1);
    }
}
