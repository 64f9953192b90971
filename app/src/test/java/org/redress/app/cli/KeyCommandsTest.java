package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.UserMistake;
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.CaseKeys;
import org.redress.store.crypto.KeyUse;

/**
 * {@code redress key change / recovery / recover} and {@code redress destroy} end to end on an encrypted case. Each
 * case is made by {@code redress init --encrypt}.
 */
class KeyCommandsTest {
    @TempDir
    Path tmp;

    private final SecureRandom random = new SecureRandom();
    private final CaseKeys keys = new CaseKeys(random);

    private Path encryptedCase(String name, String passphrase) throws IOException {
        Path dir = tmp.resolve(name);
        Path pass = passFile(name + "-init", passphrase);
        Cli.Run init = Cli.run("init", "--case", dir.toString(), "--encrypt", "--key-file", pass.toString());
        assertThat(init.code()).as(init.toString()).isZero();
        return dir;
    }

    private Path passFile(String name, String passphrase) throws IOException {
        return Files.writeString(tmp.resolve(name + ".pass"), passphrase + "\n");
    }

    private byte[] indexKey(Path dir, String passphrase) throws IOException {
        try (CaseKey key = keys.unlock(dir, passphrase.toCharArray())) {
            return key.subkey(KeyUse.INDEX);
        }
    }

    private static Cli.Run withInput(String input, String... args) {
        InputStream old = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return Cli.run(args);
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void changeRecoveryRecoverAndDestroy() throws IOException {
        Path dir = encryptedCase("case", "the first passphrase");
        String d = dir.toString();
        byte[] dataKeyUse = indexKey(dir, "the first passphrase");
        Path first = passFile("first", "the first passphrase");
        Path second = passFile("second", "the second passphrase");
        Path third = passFile("third", "the third passphrase");

        // A wrong old passphrase: exit 1, the key file as it was.
        byte[] keyFile = Files.readAllBytes(dir.resolve("keys/case-key.json"));
        Cli.Run wrong = Cli.run(
                "key", "change", "--case", d, "--key-file", second.toString(), "--new-key-file", third.toString());
        assertThat(wrong.code()).as(wrong.toString()).isEqualTo(1);
        assertThat(wrong.err()).contains(CaseKeys.WRONG_PASSPHRASE).doesNotContain("Exception");
        assertThat(Files.readAllBytes(dir.resolve("keys/case-key.json"))).isEqualTo(keyFile);
        Cli.Run same = Cli.run(
                "key", "change", "--case", d, "--key-file", first.toString(), "--new-key-file", first.toString());
        assertThat(same.code()).isEqualTo(1);
        assertThat(same.err()).contains("same as the old one");

        Cli.Run change = Cli.run(
                "key",
                "change",
                "--case",
                d,
                "--key-file",
                first.toString(),
                "--new-key-file",
                second.toString(),
                "--json");
        assertThat(change.code()).as(change.toString()).isZero();
        assertThat(change.json().get("passphraseChanged").asBoolean()).isTrue();
        assertThat(indexKey(dir, "the second passphrase")).isEqualTo(dataKeyUse);
        assertThatThrownBy(() -> indexKey(dir, "the first passphrase")).hasMessage(CaseKeys.WRONG_PASSPHRASE);

        // Shares: the counts are checked, then five files, any three of which recover the case.
        for (String[] nk : new String[][] {{"5", "1"}, {"3", "4"}, {"256", "3"}, {"1", "1"}}) {
            Cli.Run bad = Cli.run(
                    "key",
                    "recovery",
                    "--case",
                    d,
                    "--key-file",
                    second.toString(),
                    "--shares",
                    nk[0],
                    "--threshold",
                    nk[1]);
            assertThat(bad.code()).as(bad.toString()).isEqualTo(1);
            assertThat(bad.err()).containsAnyOf("at least 2", "cannot be more than", "at most 255");
        }
        Path out = tmp.resolve("shares");
        Cli.Run split = Cli.run(
                "key",
                "recovery",
                "--case",
                d,
                "--key-file",
                second.toString(),
                "--shares",
                "5",
                "--threshold",
                "3",
                "--out",
                out.toString(),
                "--json");
        assertThat(split.code()).as(split.toString()).isZero();
        JsonNode made = split.json();
        assertThat(made.get("count").asInt()).isEqualTo(5);
        assertThat(made.get("threshold").asInt()).isEqualTo(3);
        List<String> files = new ArrayList<>();
        made.get("shares").forEach(s -> files.add(s.get("file").asText()));
        assertThat(files).hasSize(5).allSatisfy(f -> assertThat(Path.of(f)).exists());
        assertThat(Files.readString(Path.of(files.get(0))))
                .contains("Share:  1 of 5")
                .contains("Needs:  3")
                .contains("Case:   " + made.get("fingerprint").asText());
        Cli.Run again = Cli.run(
                "key",
                "recovery",
                "--case",
                d,
                "--key-file",
                second.toString(),
                "--shares",
                "5",
                "--threshold",
                "3",
                "--out",
                out.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");

        // Too few, another case's, a damaged share: exit 1, nothing written.
        Path other = encryptedCase("other", "the other passphrase");
        Cli.Run otherSplit = Cli.run(
                "key",
                "recovery",
                "--case",
                other.toString(),
                "--key-file",
                passFile("o", "the other passphrase").toString(),
                "--shares",
                "3",
                "--threshold",
                "2");
        assertThat(otherSplit.code()).as(otherSplit.toString()).isZero();
        keyFile = Files.readAllBytes(dir.resolve("keys/case-key.json"));
        Cli.Run tooFew =
                Cli.run("key", "recover", "--case", d, "--new-key-file", third.toString(), files.get(0), files.get(3));
        assertThat(tooFew.code()).as(tooFew.toString()).isEqualTo(1);
        assertThat(tooFew.err()).contains("2 different shares given, and this set needs 3");
        Cli.Run foreign =
                withInput(otherSplit.out(), "key", "recover", "--case", d, "--new-key-file", third.toString());
        assertThat(foreign.code()).as(foreign.toString()).isEqualTo(1);
        assertThat(foreign.err()).contains("another case");
        Path damaged = tmp.resolve("damaged.txt");
        String share2 = Files.readString(Path.of(files.get(1)));
        Files.writeString(damaged, share2.replace("Share:  2 of 5", "Share:  4 of 5"));
        Cli.Run altered = Cli.run(
                "key",
                "recover",
                "--case",
                d,
                "--new-key-file",
                third.toString(),
                files.get(0),
                damaged.toString(),
                files.get(2));
        assertThat(altered.code()).isEqualTo(1);
        assertThat(altered.err()).contains("does not match its Check line");
        assertThat(Files.readAllBytes(dir.resolve("keys/case-key.json"))).isEqualTo(keyFile);

        // Three good shares pasted on standard input: the same key, under the third passphrase.
        String pasted = Files.readString(Path.of(files.get(4)))
                + Files.readString(Path.of(files.get(1)))
                + Files.readString(Path.of(files.get(2)));
        Cli.Run recover =
                withInput(pasted, "key", "recover", "--case", d, "--new-key-file", third.toString(), "--json");
        assertThat(recover.code()).as(recover.toString()).isZero();
        assertThat(recover.json().get("sharesUsed").asInt()).isEqualTo(3);
        assertThat(indexKey(dir, "the third passphrase")).isEqualTo(dataKeyUse);
        assertThatThrownBy(() -> indexKey(dir, "the second passphrase")).hasMessage(CaseKeys.WRONG_PASSPHRASE);

        // Destroy: refused without a terminal or --yes; with --yes no passphrase opens the case any more.
        // Every key operation so far is in the audit log, which verifies.
        Cli.Run audit = Cli.run("audit", "--case", d, "--key-file", third.toString(), "--json");
        List<String> actions = new ArrayList<>();
        audit.json().get("entries").forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).containsSubsequence("key.change", "key.recovery", "key.recover");
        assertThat(Cli.run("audit", "verify", "--case", d, "--key-file", third.toString())
                        .code())
                .isZero();

        Cli.Run wrongForDestroy = Cli.run("destroy", "--case", d, "--key-file", first.toString(), "--yes");
        assertThat(wrongForDestroy.code()).isEqualTo(1);
        assertThat(wrongForDestroy.err()).contains(CaseKeys.WRONG_PASSPHRASE);
        Cli.Run unconfirmed = Cli.run("destroy", "--case", d, "--key-file", third.toString());
        assertThat(unconfirmed.code()).isEqualTo(1);
        assertThat(unconfirmed.err()).contains("--yes");
        assertThat(indexKey(dir, "the third passphrase")).isEqualTo(dataKeyUse);
        Cli.Run destroy = Cli.run("destroy", "--case", d, "--key-file", third.toString(), "--yes", "--json");
        assertThat(destroy.code()).as(destroy.toString()).isZero();
        assertThat(destroy.json().get("shredded").toString())
                .contains("case-key.json")
                .contains("custody.key");
        for (String p : List.of("the first passphrase", "the second passphrase", "the third passphrase"))
            assertThatThrownBy(() -> indexKey(dir, p))
                    .isInstanceOf(UserMistake.class)
                    .hasMessage(CaseKeys.DESTROYED);
        Cli.Run afterwards = Cli.run(
                "key", "change", "--case", d, "--key-file", third.toString(), "--new-key-file", first.toString());
        assertThat(afterwards.code()).isEqualTo(1);
        assertThat(afterwards.err()).contains("destroyed");
        Cli.Run noComeback = withInput(pasted, "key", "recover", "--case", d, "--new-key-file", first.toString());
        assertThat(noComeback.code()).isEqualTo(1);
        assertThat(noComeback.err()).contains("destroyed");

        // The audit log was sealed under the destroyed key: no one reads it now, this command included.
        Cli.Run unreadable = Cli.run("audit", "--case", d, "--key-file", third.toString());
        assertThat(unreadable.code()).isEqualTo(1);
        assertThat(unreadable.err()).contains("destroyed");
    }

    @Test
    void aPlainCaseCannotBeDestroyedAndIsToldWhatWould() {
        String d = tmp.resolve("plain").toString();
        assertThat(Cli.run("init", "--case", d).code()).isZero();
        Cli.Run destroy = Cli.run("destroy", "--case", d, "--yes");
        assertThat(destroy.code()).as(destroy.toString()).isEqualTo(1);
        assertThat(destroy.err()).contains("not encrypted").contains("Only deleting the case folder");
        assertThat(tmp.resolve("plain/keys/custody.key")).exists();
        Cli.Run change = Cli.run("key", "change", "--case", d);
        assertThat(change.code()).isEqualTo(1);
        assertThat(change.err()).contains("is not encrypted");
        Cli.Run notACase = Cli.run("destroy", "--case", tmp.resolve("nothing").toString(), "--yes");
        assertThat(notACase.code()).isEqualTo(1);
        assertThat(notACase.err()).contains("is not a Redress case");
    }
}
