package org.redress.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.UserMistake;

class KeyDestructionTest {
    @TempDir
    Path root;

    private final SecureRandom random = new SecureRandom();
    private final KeyDestruction destruction = new KeyDestruction(random, Clock.systemUTC());

    @Test
    void afterDestructionNoPassphraseOpensTheCaseAndThePublicPartsStay() throws IOException {
        CaseKeys keys = new CaseKeys(random);
        keys.create(root, "the right passphrase".toCharArray(), CaseKeysTest.cheapest(random))
                .close();
        Files.write(root.resolve("keys/custody.key"), new byte[] {1, 2, 3});
        Files.write(root.resolve("keys/custody.pub"), new byte[] {4, 5, 6});
        Files.write(root.resolve("keys/audit.key"), new byte[32]);

        assertThat(destruction.destroy(root)).containsExactly("case-key.json", "custody.key");

        assertThat(root.resolve("keys/case-key.json")).doesNotExist();
        assertThat(root.resolve("keys/custody.key")).doesNotExist();
        assertThat(root.resolve("keys/custody.pub")).exists();
        assertThat(CaseKeys.isEncrypted(root)).isTrue();
        assertThat(CaseKeys.isDestroyed(root)).isTrue();
        assertThatThrownBy(() -> keys.unlock(root, "the right passphrase".toCharArray()))
                .isInstanceOf(UserMistake.class)
                .hasMessage(CaseKeys.DESTROYED);
        assertThatThrownBy(() -> destruction.destroy(root)).hasMessageContaining("already destroyed");
    }

    @Test
    void aPlainCaseIsRefusedWithWhatWouldRemoveItsData() throws IOException {
        Files.createDirectories(root.resolve("keys"));
        Files.write(root.resolve("keys/custody.key"), new byte[] {1, 2, 3});
        assertThatThrownBy(() -> destruction.destroy(root))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("not encrypted")
                .hasMessageContaining("Only deleting the case folder");
        assertThat(root.resolve("keys/custody.key")).exists();
        assertThat(CaseKeys.isDestroyed(root)).isFalse();
    }
}
