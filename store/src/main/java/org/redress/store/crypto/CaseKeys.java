package org.redress.store.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.redress.core.UserMistake;

/**
 * Makes, opens and re-wraps the key of an encrypted case. The data key is random and never changes for the life of
 * the case; the passphrase only guards it, through Argon2id and AES-256-GCM, so changing the passphrase rewrites one
 * small file. A wrong passphrase fails GCM's tag check, which is how it is told apart, and nothing is written.
 */
public final class CaseKeys {
    public static final String WRONG_PASSPHRASE = "This case is encrypted and the passphrase is wrong";
    public static final String DESTROYED = "The keys of this case were destroyed (see " + KeyDestruction.MARKER
            + "): nothing in it can be read any more, with any passphrase";

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random;

    public CaseKeys(SecureRandom random) {
        this.random = random;
    }

    public CaseKeys() {
        this(new SecureRandom());
    }

    /** Whether the case in this folder is encrypted (has a key file, or had one until its keys were destroyed). */
    public static boolean isEncrypted(Path caseRoot) {
        return Files.isRegularFile(CaseKeyFile.of(caseRoot)) || isDestroyed(caseRoot);
    }

    /** Whether {@code redress destroy} shredded this case's keys. */
    public static boolean isDestroyed(Path caseRoot) {
        return Files.exists(caseRoot.resolve(KeyDestruction.MARKER));
    }

    /** A new random data key for the case, stored wrapped under the passphrase with these Argon2id costs. */
    public CaseKey create(Path caseRoot, char[] passphrase, Argon2id argon2id) throws IOException {
        Path file = CaseKeyFile.of(caseRoot);
        if (Files.exists(file)) throw new UserMistake("This case already has a key (" + file + ")");
        CaseKey key = CaseKey.generate(random);
        try {
            CaseKeyFile.write(file, wrap(key, passphrase, argon2id));
            return key;
        } catch (IOException | RuntimeException e) {
            key.close();
            throw e;
        }
    }

    /** The case's key, if the passphrase is right; a {@link UserMistake} saying it is wrong otherwise. */
    public CaseKey unlock(Path caseRoot, char[] passphrase) throws IOException {
        Path file = CaseKeyFile.of(caseRoot);
        if (isDestroyed(caseRoot)) throw new UserMistake(DESTROYED);
        if (!Files.isRegularFile(file)) throw new UserMistake("'" + caseRoot + "' is not an encrypted case");
        return unwrap(CaseKeyFile.read(file), passphrase);
    }

    /**
     * Wraps the same data key under a new passphrase (new salt, costs as given) and replaces the key file in one
     * atomic rename; the old passphrase opens nothing afterwards. Nothing is written when the old one is wrong.
     */
    public void changePassphrase(Path caseRoot, char[] oldPassphrase, char[] newPassphrase, Argon2id argon2id)
            throws IOException {
        try (CaseKey key = unlock(caseRoot, oldPassphrase)) {
            store(caseRoot, key, newPassphrase, argon2id);
        }
    }

    /** Wraps this data key under the passphrase (a fresh salt, these costs) as the case's key file, replacing any. */
    void store(Path caseRoot, CaseKey key, char[] passphrase, Argon2id argon2id) throws IOException {
        CaseKeyFile.write(CaseKeyFile.of(caseRoot), wrap(key, passphrase, argon2id.withNewSalt(random)));
    }

    private CaseKeyFile.Content wrap(CaseKey key, char[] passphrase, Argon2id argon2id) {
        byte[] kek = kek(argon2id, passphrase);
        byte[] dataKey = key.dataKeyForWrapping();
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher gcm = gcm(Cipher.ENCRYPT_MODE, kek, nonce, argon2id);
            return new CaseKeyFile.Content(argon2id, nonce, gcm.doFinal(dataKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    private static CaseKey unwrap(CaseKeyFile.Content content, char[] passphrase) {
        byte[] kek = kek(content.argon2id(), passphrase);
        try {
            Cipher gcm = gcm(Cipher.DECRYPT_MODE, kek, content.nonce(), content.argon2id());
            byte[] dataKey = gcm.doFinal(content.ciphertext());
            if (dataKey.length != CaseKey.KEY_BYTES) throw new UserMistake(WRONG_PASSPHRASE);
            return new CaseKey(dataKey);
        } catch (AEADBadTagException wrong) {
            // also what an altered salt, cost or wrapped key gives: without the key the two cannot be told apart
            throw new UserMistake(WRONG_PASSPHRASE);
        } catch (GeneralSecurityException e) {
            throw new UserMistake(WRONG_PASSPHRASE);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private static Cipher gcm(int mode, byte[] kek, byte[] nonce, Argon2id argon2id) throws GeneralSecurityException {
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(mode, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        gcm.updateAAD(("redress-case-key v1 " + CaseKeyFile.WRAP_ALGORITHM + " " + argon2id.canonical())
                .getBytes(StandardCharsets.US_ASCII));
        return gcm;
    }

    private static byte[] kek(Argon2id argon2id, char[] passphrase) {
        byte[] bytes = passphraseBytes(passphrase);
        try {
            return argon2id.derive(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * UTF-8 of the passphrase in Unicode NFC, so that "é" typed as one character or as e + accent (terminals differ)
     * is the same passphrase. The String copies this makes cannot be wiped; the JVM gives no way to.
     */
    static byte[] passphraseBytes(char[] passphrase) {
        String normalized = Normalizer.normalize(java.nio.CharBuffer.wrap(passphrase), Normalizer.Form.NFC);
        return normalized.getBytes(StandardCharsets.UTF_8);
    }
}
