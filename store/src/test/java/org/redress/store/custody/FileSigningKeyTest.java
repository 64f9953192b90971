package org.redress.store.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.DamagedValueException;
import org.redress.store.crypto.KeyUse;
import org.redress.store.crypto.SealedText;

class FileSigningKeyTest {
    @TempDir
    Path dir;

    private final byte[] data = "manifest".getBytes(StandardCharsets.UTF_8);

    private static SealedText sealing(CaseKey key) {
        return SealedText.of(key, KeyUse.FILES);
    }

    private static boolean holdsThePlainKey(byte[] file, byte[] pkcs8) {
        for (int i = 0; i + pkcs8.length <= file.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(file, i, i + pkcs8.length), pkcs8)) return true;
        }
        return false;
    }

    @Test
    void anEncryptedCasesPrivateKeyIsSealedAndOpensOnlyWithItsKey() throws Exception {
        CaseKey key = CaseKey.generate(new SecureRandom());
        byte[] signature = FileSigningKey.openOrCreate(dir, true, sealing(key)).sign(data);
        byte[] file = Files.readAllBytes(dir.resolve(FileSigningKey.PRIVATE));
        assertThat(file[0] == 0x30 && file[1] == 0x2e)
                .as("not a plain PKCS#8 key")
                .isFalse();

        FileSigningKey again = FileSigningKey.openOrCreate(dir, false, sealing(key));
        assertThat(again.verifies(data, signature)).isTrue();
        assertThat(again.sign(data)).isEqualTo(signature); // Ed25519 is deterministic: the same private key
        assertThatThrownBy(() -> FileSigningKey.openOrCreate(dir, false, sealing(CaseKey.generate(new SecureRandom()))))
                .isInstanceOf(DamagedValueException.class);
        assertThatThrownBy(() -> FileSigningKey.openOrCreate(dir, false)).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void aPlainKeyInAnEncryptedCaseIsSealedWhenFirstOpened() throws Exception {
        byte[] signature = FileSigningKey.openOrCreate(dir).sign(data);
        byte[] plain = Files.readAllBytes(dir.resolve(FileSigningKey.PRIVATE));
        CaseKey key = CaseKey.generate(new SecureRandom());

        FileSigningKey opened = FileSigningKey.openOrCreate(dir, false, sealing(key));
        assertThat(opened.sign(data)).isEqualTo(signature);
        byte[] now = Files.readAllBytes(dir.resolve(FileSigningKey.PRIVATE));
        assertThat(holdsThePlainKey(now, plain)).isFalse();
        assertThat(FileSigningKey.openOrCreate(dir, false, sealing(key)).sign(data))
                .isEqualTo(signature);
    }
}
