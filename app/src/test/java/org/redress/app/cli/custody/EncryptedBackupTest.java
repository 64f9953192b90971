package org.redress.app.cli.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;
import org.redress.store.crypto.PassphraseStreams;

/** Backups hold nothing readable without a passphrase, and restore round-trips them. */
class EncryptedBackupTest {
    static final String CANARY = "Quetzalcanary";

    @TempDir
    Path tmp;

    private static Cli.Run ok(Cli.Run run) {
        assertThat(run.code()).as(run.toString()).isZero();
        return run;
    }

    private Path key(String name, String passphrase) throws IOException {
        return Files.writeString(tmp.resolve(name), passphrase + "\n");
    }

    private Path production() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("memo.txt"), "Memo: Itzel " + CANARY + " spoke at the meeting.");
        return in;
    }

    /** The zip's members whose bytes hold the word, a plain backup's after its passphrase opened it. */
    private static List<String> membersHolding(InputStream zipBytes, String word) throws IOException {
        List<String> found = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(zipBytes)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String text = new String(zip.readAllBytes(), StandardCharsets.ISO_8859_1);
                if (text.toLowerCase(java.util.Locale.ROOT).contains(word.toLowerCase(java.util.Locale.ROOT)))
                    found.add(e.getName());
            }
        }
        return found;
    }

    @Test
    void aPlainCasesBackupIsEncryptedUnderAPassphraseUnlessPlainIsAsked() throws Exception {
        String dir = tmp.resolve("case").toString();
        ok(Cli.run("init", "--case", dir));
        ok(Cli.run("ingest", "--case", dir, production().toString()));
        Path zip = tmp.resolve("backup.zip");

        Cli.Run refused = Cli.run("backup", "--case", dir, "--to", zip.toString());
        assertThat(refused.code()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).contains("--plain").contains("REDRESS_PASSPHRASE");
        assertThat(zip).doesNotExist();

        Path right = key("backup.key", "a backup passphrase of some length");
        ok(Cli.run("backup", "--case", dir, "--to", zip.toString(), "--key-file", right.toString()));
        assertThat(PassphraseStreams.isEncrypted(zip)).isTrue();
        String raw = new String(Files.readAllBytes(zip), StandardCharsets.ISO_8859_1);
        assertThat(raw)
                .doesNotContain("case.db")
                .doesNotContain("redress-case.txt")
                .doesNotContain("PK\u0003\u0004");
        try (InputStream in = PassphraseStreams.decrypting(
                Files.newInputStream(zip), "a backup passphrase of some length".toCharArray())) {
            assertThat(membersHolding(in, CANARY))
                    .as("the plain case's zip inside")
                    .isNotEmpty();
        }

        Path wrong = key("wrong.key", "not the backup passphrase");
        Path refusedCase = tmp.resolve("refused");
        Cli.Run bad =
                Cli.run("restore", zip.toString(), "--case", refusedCase.toString(), "--key-file", wrong.toString());
        assertThat(bad.code()).as(bad.toString()).isEqualTo(1);
        assertThat(bad.err().strip()).isEqualTo("This backup is encrypted and the passphrase is wrong");
        assertThat(refusedCase).doesNotExist();

        String restored = tmp.resolve("restored").toString();
        ok(Cli.run("restore", zip.toString(), "--case", restored, "--key-file", right.toString()));
        assertThat(ok(Cli.run("search", "--case", restored, CANARY)).out()).contains("memo.txt");
        ok(Cli.run("verify", "--case", restored));
        ok(Cli.run("audit", "verify", "--case", restored));

        Path plainZip = tmp.resolve("plain.zip");
        ok(Cli.run("backup", "--case", dir, "--to", plainZip.toString(), "--plain"));
        assertThat(PassphraseStreams.isEncrypted(plainZip)).isFalse();
    }

    @Test
    void anEncryptedCasesBackupHoldsOnlyItsCiphertextAndRestoresWithItsPassphrase() throws Exception {
        String dir = tmp.resolve("case").toString();
        Path key = key("case.key", "the passphrase of this case");
        ok(Cli.run("init", "--case", dir, "--encrypt", "--key-file", key.toString()));
        ok(Cli.run(
                "ingest",
                "--case",
                dir,
                "--key-file",
                key.toString(),
                production().toString()));
        Path zip = tmp.resolve("backup.zip");
        ok(Cli.run("backup", "--case", dir, "--to", zip.toString(), "--key-file", key.toString()));
        try (InputStream in = Files.newInputStream(zip)) {
            assertThat(membersHolding(in, CANARY)).isEmpty();
        }
        Cli.Run plain = Cli.run(
                "backup",
                "--case",
                dir,
                "--to",
                tmp.resolve("p.zip").toString(),
                "--plain",
                "--key-file",
                key.toString());
        assertThat(plain.code()).as(plain.toString()).isEqualTo(1);

        String restored = tmp.resolve("restored").toString();
        ok(Cli.run("restore", zip.toString(), "--case", restored, "--key-file", key.toString()));
        assertThat(ok(Cli.run("search", "--case", restored, "--key-file", key.toString(), CANARY))
                        .out())
                .contains("memo.txt");
        ok(Cli.run("verify", "--case", restored, "--key-file", key.toString()));
        ok(Cli.run("audit", "verify", "--case", restored, "--key-file", key.toString()));
    }
}
