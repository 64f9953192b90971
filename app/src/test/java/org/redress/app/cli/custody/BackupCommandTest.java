package org.redress.app.cli.custody;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;
import org.redress.app.wiring.CaseServices;
import org.redress.app.wiring.IngestSettings;

/** Backups taken while an ingest writes to the case, restored into cases that verify. */
class BackupCommandTest {
    @TempDir
    Path tmp;

    private static Cli.Run ok(Cli.Run run) {
        assertThat(run.code()).as(run.toString()).isZero();
        return run;
    }

    private static long blobs(Path caseDir) throws IOException {
        Path originals = caseDir.resolve("originals");
        if (!Files.isDirectory(originals)) return 0;
        while (true) {
            try (Stream<Path> walk = Files.walk(originals)) {
                return walk.filter(p -> Files.isRegularFile(p)
                                && !p.getFileName().toString().startsWith("."))
                        .count();
            } catch (java.io.UncheckedIOException e) {
                // the running ingest renamed a file it was writing while the walk listed it: count again
                if (!(e.getCause() instanceof java.nio.file.NoSuchFileException)) throw e;
            }
        }
    }

    @Test
    void aBackupDuringAnIngestRestoresIntoACaseThatVerifies() throws Exception {
        Path caseDir = tmp.resolve("case");
        ok(Cli.run("init", "--case", caseDir.toString()));
        Path first = Files.createDirectories(tmp.resolve("first"));
        Files.writeString(first.resolve("memo.txt"), "Memo: the DMV shared the organizers' photographs with ICE.");
        ok(Cli.run("ingest", "--case", caseDir.toString(), "--source", "First", "--json", first.toString()));

        Path big = Files.createDirectories(tmp.resolve("big"));
        for (int i = 0; i < 150; i++)
            Files.writeString(
                    big.resolve(String.format("page-%03d.txt", i)),
                    "Surveillance log entry " + i + ": agents at the community meeting.",
                    StandardCharsets.UTF_8);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread ingest = new Thread(() -> {
            try (CaseServices c = CaseServices.open(caseDir)) {
                c.ingester(IngestSettings.defaults()).run(List.of(big), "Big", null);
            } catch (Throwable t) {
                failed.set(t);
            }
        });
        ingest.start();
        while (blobs(caseDir) < 5 && ingest.isAlive()) Thread.sleep(20);

        Path zip = tmp.resolve("backups/case.zip");
        JsonNode backup = ok(Cli.run(
                        "backup", "--case", caseDir.toString(), "--to", zip.toString(), "--plain", "--json"))
                .json();
        boolean duringIngest = ingest.isAlive();
        ingest.join();
        assertThat(failed.get()).isNull();
        assertThat(duringIngest).as("the backup was taken while the ingest ran").isTrue();
        assertThat(backup.get("manifests").asInt()).isEqualTo(1);
        assertThat(backup.get("originals").asLong()).isGreaterThanOrEqualTo(2);

        Path restored = tmp.resolve("restored");
        JsonNode restore = ok(Cli.run("restore", zip.toString(), "--case", restored.toString(), "--json"))
                .json();
        assertThat(restore.get("originals").asLong())
                .isEqualTo(backup.get("originals").asLong());
        Cli.Run verify = Cli.run("verify", "--case", restored.toString(), "--json");
        // Every original and manifest copied is intact; only the source caught mid-ingest lacks its manifest.
        for (JsonNode p : verify.json().get("problems")) {
            assertThat(p.get("kind").asText()).as(verify.toString()).isEqualTo("source-unrecorded");
            assertThat(p.get("target").asText()).isEqualTo("Big");
        }
        assertThat(Cli.run("search", "--case", restored.toString(), "photographs", "--json")
                        .json()
                        .toString())
                .contains("memo.txt");

        // Finishing the interrupted ingest in the restored case records it, as in the original case.
        ok(Cli.run("ingest", "--case", restored.toString(), "--source", "Big", "--json", big.toString()));
        JsonNode intact =
                ok(Cli.run("verify", "--case", restored.toString(), "--json")).json();
        assertThat(intact.get("intact").asBoolean()).isTrue();
        assertThat(intact.get("originals").asInt()).isEqualTo(151);
        assertThat(ok(Cli.run("verify", "--case", caseDir.toString(), "--json"))
                        .json()
                        .get("intact")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void restoreRefusesAFullFolderAndAZipThatWritesOutsideTheCase() throws IOException {
        Path caseDir = tmp.resolve("case");
        ok(Cli.run("init", "--case", caseDir.toString()));
        Path zip = tmp.resolve("case.zip");
        ok(Cli.run("backup", "--case", caseDir.toString(), "--to", zip.toString(), "--plain"));

        Cli.Run full = Cli.run("restore", zip.toString(), "--case", caseDir.toString());
        assertThat(full.code()).isEqualTo(1);
        assertThat(full.err()).contains("not empty");

        Path evil = tmp.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(evil))) {
            out.putNextEntry(new ZipEntry("../outside.txt"));
            out.write("x".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Cli.Run slip =
                Cli.run("restore", evil.toString(), "--case", tmp.resolve("new").toString());
        assertThat(slip.code()).isEqualTo(1);
        assertThat(slip.err()).contains("outside");
        assertThat(tmp.resolve("outside.txt")).doesNotExist();
    }
}
