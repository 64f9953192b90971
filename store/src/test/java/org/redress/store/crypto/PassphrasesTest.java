package org.redress.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.UserMistake;

/** Without a terminal (as under the tests: the console is null), the file and the environment are the only sources. */
class PassphrasesTest {
    @TempDir
    Path dir;

    @Test
    void withNoSourceTheUserIsToldHowToGiveIt() {
        Passphrases none = new Passphrases(Map.of(), null);
        assertThatThrownBy(() -> none.existing(null))
                .isInstanceOf(UserMistake.class)
                .hasMessage(
                        "This case is encrypted and needs its passphrase: set REDRESS_PASSPHRASE or run on a terminal");
        Passphrases empty = new Passphrases(Map.of("REDRESS_PASSPHRASE", ""), null);
        assertThatThrownBy(() -> empty.existing(null)).hasMessage(Passphrases.NEEDED);
    }

    @Test
    void theEnvironmentVariableIsUsed() {
        Passphrases env = new Passphrases(Map.of("REDRESS_PASSPHRASE", "from the environment"), null);
        assertThat(env.existing(null)).isEqualTo("from the environment".toCharArray());
    }

    @Test
    void aKeyFileWinsOverTheEnvironmentAndLosesItsLineEnding() throws IOException {
        Path file = Files.writeString(dir.resolve("pass.txt"), "una frase de paso larga\r\n");
        Passphrases env = new Passphrases(Map.of("REDRESS_PASSPHRASE", "from the environment"), null);
        assertThat(env.existing(file)).isEqualTo("una frase de paso larga".toCharArray());
        Path inner = Files.writeString(dir.resolve("inner.txt"), "  spaces kept  \n\n");
        assertThat(env.existing(inner)).isEqualTo("  spaces kept  \n".toCharArray());
    }

    @Test
    void anUnreadableOrEmptyKeyFileIsAUserMistake() throws IOException {
        Passphrases none = new Passphrases(Map.of(), null);
        assertThatThrownBy(() -> none.existing(dir.resolve("missing.txt")))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("cannot be read");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "\n");
        assertThatThrownBy(() -> none.existing(empty))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("is empty");
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', (byte) 0xf1, 'a'});
        assertThatThrownBy(() -> none.existing(latin1))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void aNewPassphraseMustBeLongEnoughAndNeverAppearsInTheMessage() {
        Passphrases shortOne = new Passphrases(Map.of("REDRESS_PASSPHRASE", "s3cr3t-word"), null);
        assertThatThrownBy(() -> shortOne.fresh(null))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("at least 12 characters")
                .message()
                .doesNotContain("s3cr3t-word");
        assertThat(new Passphrases(Map.of("REDRESS_PASSPHRASE", "twelve chars"), null).fresh(null))
                .hasSize(12);
        assertThatThrownBy(() -> new Passphrases(Map.of(), null).fresh(null))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("REDRESS_PASSPHRASE");
    }

    @Test
    void theReplacementComesFromItsOwnFileOrVariableNeverFromTheOldOnes() throws IOException {
        Map<String, String> env = Map.of(
                "REDRESS_PASSPHRASE", "the old passphrase here", "REDRESS_NEW_PASSPHRASE", "the new passphrase here");
        assertThat(new Passphrases(env, null).replacement(null)).isEqualTo("the new passphrase here".toCharArray());
        Path file = Files.writeString(dir.resolve("new.txt"), "from the new key file\n");
        assertThat(new Passphrases(env, null).replacement(file)).isEqualTo("from the new key file".toCharArray());
        Passphrases onlyOld = new Passphrases(Map.of("REDRESS_PASSPHRASE", "the old passphrase here"), null);
        assertThatThrownBy(() -> onlyOld.replacement(null))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("REDRESS_NEW_PASSPHRASE")
                .hasMessageContaining("--new-key-file");
        Passphrases tooShort = new Passphrases(Map.of("REDRESS_NEW_PASSPHRASE", "short"), null);
        assertThatThrownBy(() -> tooShort.replacement(null)).hasMessageContaining("at least 12 characters");
    }
}
