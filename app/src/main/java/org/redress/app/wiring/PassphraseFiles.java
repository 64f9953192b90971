package org.redress.app.wiring;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.redress.store.crypto.Argon2Tuning;
import org.redress.store.crypto.PassphraseStreams;

/**
 * A file of the case that leaves it (a backup of a plain case, a case archive) written under a passphrase: Argon2id
 * tuned to about a second here, then streaming AEAD ({@link PassphraseStreams}); and read back with it.
 */
final class PassphraseFiles {
    private PassphraseFiles() {}

    /** Writes {@code file} encrypted under {@code passphrase} (wiped here), or plain when it is null. */
    static OutputStream create(Path file, char[] passphrase) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        if (passphrase == null) return out;
        try {
            java.security.SecureRandom random = new java.security.SecureRandom();
            return PassphraseStreams.encrypting(
                    out, passphrase, Argon2Tuning.forAbout(CaseKeyring.ARGON2_TARGET, random));
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
        }
    }

    /** Whether {@code file} was written under a passphrase. */
    static boolean encrypted(Path file) throws IOException {
        return PassphraseStreams.isEncrypted(file);
    }

    /** Reads {@code file}, decrypted under {@code passphrase} when it is encrypted; a wrong one fails at once. */
    static InputStream open(Path file, char[] passphrase) throws IOException {
        InputStream source = Files.newInputStream(file);
        if (passphrase == null) return source;
        try {
            return PassphraseStreams.decrypting(source, passphrase);
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
    }
}
