package org.redress.app.cli.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;
import org.redress.store.crypto.PassphraseStreams;

/**
 * An encrypted case folder moved through a case archive (issue 13): its rows are opened with its key on export, the
 * archive holds nothing readable, and the new folder finds and shows the same pages. An archive of it in plain is
 * refused, as its backup would be.
 */
class EncryptedCaseMoveTest {
    static final String CANARY = "Quetzalcanary";

    @TempDir
    Path tmp;

    private static Cli.Run ok(Cli.Run run) {
        assertThat(run.code()).as(run.toString()).isZero();
        return run;
    }

    @Test
    void anEncryptedCaseMovesToANewFolderAndItsArchiveHoldsNothingReadable() throws IOException {
        Path key = Files.writeString(tmp.resolve("case.key"), "the passphrase of this encrypted case\n");
        String dir = tmp.resolve("sealed-case").toString();
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("memo.txt"), "Memo: Itzel " + CANARY + " spoke at the meeting.");
        ok(Cli.run("init", "--encrypt", "--case", dir, "--key-file", key.toString()));
        ok(Cli.run("ingest", "--case", dir, "--key-file", key.toString(), in.toString()));

        Path archive = tmp.resolve("moved.redress-case");
        Cli.Run plain = Cli.run(
                "case", "export", "--case", dir, "--key-file", key.toString(), "--to", archive.toString(), "--plain");
        assertThat(plain.code()).as(plain.toString()).isEqualTo(1);
        assertThat(plain.err()).contains("--plain is for plain cases");
        assertThat(archive).doesNotExist();

        ok(Cli.run("case", "export", "--case", dir, "--key-file", key.toString(), "--to", archive.toString()));
        assertThat(PassphraseStreams.isEncrypted(archive)).isTrue();
        assertThat(new String(Files.readAllBytes(archive), StandardCharsets.ISO_8859_1))
                .doesNotContain(CANARY)
                .doesNotContain("manifest.json");

        String moved = tmp.resolve("moved-case").toString();
        ok(Cli.run("case", "import", "--case", moved, "--key-file", key.toString(), archive.toString()));
        String before = ok(Cli.run("search", "--case", dir, "--key-file", key.toString(), "--json", CANARY))
                .json()
                .get("hits")
                .toString();
        String after = ok(Cli.run("search", "--case", moved, "--json", CANARY))
                .json()
                .get("hits")
                .toString();
        assertThat(after).contains("memo.txt").isEqualTo(before);
    }
}
