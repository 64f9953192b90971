package org.redress.app.wiring;

import java.io.IOException;
import java.nio.file.Path;
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.ColumnCipher;
import org.redress.store.crypto.ServerCaseKeys;
import org.redress.store.crypto.ServerSecrets;
import org.redress.store.postgres.CaseName;

/**
 * Where the key of an encrypted case on a team server comes from: this machine's copy of the server's secrets key
 * ({@code secrets.key.file}), never a passphrase, since workers read files unattended. The one place such a key is
 * made or unlocked, for every command, {@code serve} and the workers; every refusal is a {@link CaseException} with a
 * plain message, raised before anything of the case is opened.
 */
final class ServerCaseKeyring {
    private ServerCaseKeyring() {}

    /**
     * A new key for the case, wrapped into its folder; refused when the secrets key is inside the blob store, where a
     * copy of the store would carry the key that opens it.
     */
    static CaseKey create(ServerConfig config, CaseName name) throws IOException {
        Path keyFile = config.secretsKeyFile().toAbsolutePath().normalize();
        if (keyFile.startsWith(config.blobsDir().toAbsolutePath().normalize()))
            throw new CaseException("an encrypted case needs the server's secrets key outside blobs.dir, or a copy of"
                    + " the blob store would carry the key that opens it: set secrets.key.file in the server file to"
                    + " a file on this machine (made on first use), and copy that file to every machine that runs"
                    + " Redress for this server");
        return ServerCaseKeys.create(ServerCase.folderOf(config, name), ServerSecrets.ofKeyFile(keyFile), name.value());
    }

    /** The key of the case when it is encrypted, unlocked; null for a plain case. */
    static CaseKey keyOf(ServerConfig config, CaseName name) {
        return ServerCaseKeys.isEncrypted(ServerCase.folderOf(config, name)) ? unlock(config, name) : null;
    }

    /** The key of an encrypted case, with this machine's copy of the server's secrets key (never made here). */
    static CaseKey unlock(ServerConfig config, CaseName name) {
        try {
            return ServerCaseKeys.unlock(
                    ServerCase.folderOf(config, name),
                    ServerSecrets.ofExistingKeyFile(config.secretsKeyFile()),
                    name.value());
        } catch (IllegalStateException e) {
            throw new CaseException(e.getMessage());
        } catch (IOException | java.io.UncheckedIOException e) {
            // the secrets key or the case's key file there but unreadable (another user's, say): refused, not a crash
            throw new CaseException("the key of case " + name + " or the server's secrets key ("
                    + config.secretsKeyFile() + ") could not be read by this user");
        }
    }

    /** The cipher of the case's queue: plain, or under its key (the cipher keeps subkeys; the key is wiped at once). */
    static ColumnCipher queueCipher(ServerConfig config, CaseName name) {
        try (CaseKey key = keyOf(config, name)) {
            return key == null ? ColumnCipher.PLAIN : ColumnCipher.of(key);
        }
    }
}
