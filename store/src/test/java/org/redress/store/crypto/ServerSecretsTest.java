package org.redress.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSecretsTest {
    private static final String SECRET = "JBSWY3DPEHPK3PXP";

    @TempDir
    Path dir;

    @Test
    void aSecretIsSealedForItsOwnerAndOpensAgainUnderTheSameKeyFile() throws Exception {
        Path key = dir.resolve("keys").resolve("secrets.key");
        String sealed = ServerSecrets.ofKeyFile(key).seal(SECRET, "ana");
        assertThat(sealed).startsWith("sealed1:").doesNotContain(SECRET);
        assertThat(ServerSecrets.isSealed(sealed)).isTrue();
        assertThat(Files.size(key)).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                .isEqualTo("rw-------");
        // Another process reading the same file opens it.
        assertThat(ServerSecrets.ofKeyFile(key).open(sealed, "ana")).isEqualTo(SECRET);
    }

    @Test
    void aSealedSecretMovedToAnotherUserOrUnderAnotherKeyDoesNotOpen() {
        ServerSecrets secrets = ServerSecrets.ofKeyFile(dir.resolve("a.key"));
        String sealed = secrets.seal(SECRET, "ana");
        assertThatThrownBy(() -> secrets.open(sealed, "vic"))
                .isInstanceOf(DamagedValueException.class)
                .hasMessageContaining("vic")
                .hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> ServerSecrets.ofKeyFile(dir.resolve("b.key")).open(sealed, "ana"))
                .isInstanceOf(DamagedValueException.class);
    }

    @Test
    void aSecretKeptBeforeSealingIsReadAsItIsAndNoneStaysNone() {
        ServerSecrets secrets = ServerSecrets.ofKeyFile(dir.resolve("c.key"));
        assertThat(secrets.open(SECRET, "ana")).isEqualTo(SECRET);
        assertThat(secrets.seal(null, "ana")).isNull();
        assertThat(secrets.open(null, "ana")).isNull();
    }

    @Test
    void aKeyFileOfTheWrongSizeIsRefused() throws Exception {
        Path key = Files.writeString(dir.resolve("short.key"), "too short");
        assertThatThrownBy(() -> ServerSecrets.ofKeyFile(key)).hasMessageContaining("not a key of this server");
    }

    @Test
    void aDerivedKeyIsTheSameInEveryProcessOfTheServerAndOwnToItsPurposeAndKey() throws Exception {
        Path key = dir.resolve("secrets.key");
        byte[] forms = ServerSecrets.ofKeyFile(key).derivedKey("redress form token v1");
        assertThat(forms).hasSize(32).isEqualTo(ServerSecrets.ofKeyFile(key).derivedKey("redress form token v1"));
        assertThat(forms).isNotEqualTo(ServerSecrets.ofKeyFile(key).derivedKey("another purpose"));
        assertThat(forms).isNotEqualTo(Files.readAllBytes(key));
        assertThat(forms)
                .isNotEqualTo(ServerSecrets.ofKeyFile(dir.resolve("other.key")).derivedKey("redress form token v1"));
    }
}
