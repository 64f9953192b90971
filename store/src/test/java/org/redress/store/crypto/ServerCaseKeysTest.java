package org.redress.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key of an encrypted case on a team server, wrapped under the server's secrets key and bound to its case. */
class ServerCaseKeysTest {
    @TempDir
    Path dir;

    private static String columns(CaseKey key) {
        return ColumnCipher.of(key).token("t.c", "the same value");
    }

    @Test
    void theKeyOpensAgainWithTheSameSecretsKeyAndIsReadableByItsOwnerOnly() throws IOException {
        ServerSecrets secrets = ServerSecrets.ofKeyFile(dir.resolve("machine/secrets.key"));
        Path folder = dir.resolve("blobs/case_harbour");
        assertThat(ServerCaseKeys.isEncrypted(folder)).isFalse();
        String made;
        try (CaseKey key = ServerCaseKeys.create(folder, secrets, "harbour")) {
            made = columns(key);
        }
        assertThat(ServerCaseKeys.isEncrypted(folder)).isTrue();
        Path file = folder.resolve(ServerCaseKeys.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        // a second process of the same machine, or a machine with a copy of the secrets key
        ServerSecrets again = ServerSecrets.ofExistingKeyFile(dir.resolve("machine/secrets.key"));
        try (CaseKey key = ServerCaseKeys.unlock(folder, again, "harbour")) {
            assertThat(columns(key)).isEqualTo(made);
        }
        assertThatThrownBy(() -> ServerCaseKeys.create(folder, secrets, "harbour"))
                .isInstanceOf(IOException.class); // never a second key over the first
    }

    @Test
    void anotherSecretsKeyOrAnotherCasesFolderOpensNothing() throws IOException {
        ServerSecrets secrets = ServerSecrets.ofKeyFile(dir.resolve("one.key"));
        Path folder = dir.resolve("case_harbour");
        ServerCaseKeys.create(folder, secrets, "harbour").close();
        ServerSecrets other = ServerSecrets.ofKeyFile(dir.resolve("other.key"));
        assertThatThrownBy(() -> ServerCaseKeys.unlock(folder, other, "harbour"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not open with this machine's server secrets key");
        // the wrapped key copied into another case's folder does not open there
        Path copy = Files.createDirectories(dir.resolve("case_dredging/keys"));
        Files.copy(folder.resolve(ServerCaseKeys.FILE), copy.resolve("server-case-key"));
        assertThatThrownBy(() -> ServerCaseKeys.unlock(dir.resolve("case_dredging"), secrets, "dredging"))
                .isInstanceOf(IllegalStateException.class);
        Files.writeString(folder.resolve(ServerCaseKeys.FILE), "not a key\n", StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> ServerCaseKeys.unlock(folder, secrets, "harbour"))
                .hasMessageContaining("damaged");
    }

    @Test
    void aMachineWithoutTheSecretsKeyIsToldSoAndMakesNone() {
        Path missing = dir.resolve("nowhere/secrets.key");
        assertThatThrownBy(() -> ServerSecrets.ofExistingKeyFile(missing))
                .hasMessageContaining("no copy of the server's secrets key");
        assertThat(missing).doesNotExist();
    }
}
