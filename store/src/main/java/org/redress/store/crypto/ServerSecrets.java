package org.redress.store.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the few secrets a team server must be able to read back (a user's TOTP secret) under a key kept in a file
 * apart from the database, so that a dump or a backup of the database alone does not hand out second factors. A
 * value is {@code sealed1:} and the base 64 of AES-256-GCM's output, bound to what it belongs to (the user's name):
 * moved to another row, it does not open. A value stored before sealing existed is read as it is.
 */
public final class ServerSecrets {
    private static final String PREFIX = "sealed1:";
    private static final int KEY_BYTES = 32;
    private final Gcm gcm;
    private final byte[] key;

    private ServerSecrets(byte[] key) {
        this.gcm = new Gcm(key, new SecureRandom());
        this.key = key.clone();
    }

    /**
     * A key for one purpose ({@code "redress form token v1"}), the same in every process that reads this server's key
     * file, and telling nothing of it or of the keys of other purposes: HMAC-SHA256 of the purpose under the key.
     */
    public byte[] derivedKey(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The secrets under the key in {@code keyFile}, made (readable by its owner only) when it is not there yet. */
    public static ServerSecrets ofKeyFile(Path keyFile) {
        try {
            byte[] key =
                    Files.exists(keyFile) ? Files.readAllBytes(keyFile) : OwnerOnlyFiles.createKey(keyFile, KEY_BYTES);
            if (key.length != KEY_BYTES)
                throw new IllegalStateException("the server's secrets key " + keyFile + " is not a key of this server");
            return new ServerSecrets(key);
        } catch (IOException e) {
            throw new UncheckedIOException("the server's secrets key " + keyFile + " could not be read or made", e);
        }
    }

    /**
     * The secrets under the key in {@code keyFile}, which must be there already: a machine that opens an encrypted case
     * needs the very key that made it, and a new one made here would only fail to open it later.
     */
    public static ServerSecrets ofExistingKeyFile(Path keyFile) {
        if (!Files.isRegularFile(keyFile))
            throw new IllegalStateException("this machine has no copy of the server's secrets key (" + keyFile
                    + "): copy it from the machine where the case was made, and keep it readable by its owner only");
        return ofKeyFile(keyFile);
    }

    public String seal(String secret, String owner) {
        if (secret == null) return null;
        byte[] sealed = gcm.seal(secret.getBytes(StandardCharsets.UTF_8), owner.getBytes(StandardCharsets.UTF_8));
        return PREFIX + Base64.getEncoder().encodeToString(sealed);
    }

    /** The secret of {@code owner}; a value that does not open under this key is refused, naming only the owner. */
    public String open(String stored, String owner) {
        if (stored == null || !stored.startsWith(PREFIX)) return stored;
        try {
            byte[] sealed = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            return new String(gcm.open(sealed, owner.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new DamagedValueException("the second factor of user " + owner, e);
        }
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }
}
