package org.redress.store.custody;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.redress.core.port.SigningKey;
import org.redress.store.crypto.SealedText;

/**
 * The case's Ed25519 key pair from the JDK, kept as {@code custody.key} (PKCS#8, readable by its owner only) and
 * {@code custody.pub} (X.509), both DER. Made on first use. In an encrypted case the private key file is sealed
 * under the case's key (a stolen folder cannot sign a forged manifest); a plain one found there (a case encrypted
 * before this was so) is sealed when it is first opened. The public key stays plain: it only checks signatures.
 */
public final class FileSigningKey implements SigningKey {
    static final String PRIVATE = "custody.key";
    static final String PUBLIC = "custody.pub";
    private static final String LABEL = "custody-key";
    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private FileSigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The key pair in this folder, made now if the folder has none. */
    public static FileSigningKey openOrCreate(Path dir) throws IOException {
        return openOrCreate(dir, true);
    }

    /**
     * The key pair in this folder; made now only when {@code mayCreate}. A case that already signed manifests must not
     * get a new key silently: every earlier manifest would then look forged.
     */
    public static FileSigningKey openOrCreate(Path dir, boolean mayCreate) throws IOException {
        return openOrCreate(dir, mayCreate, null);
    }

    /**
     * The custody key of the case whose folder is {@code caseRoot} (its {@code keys/}); made now only while the case's
     * {@code manifests/} is empty. {@code sealed} seals the private key in an encrypted case (null in a plain one).
     */
    public static FileSigningKey ofCase(Path caseRoot, SealedText sealed) throws IOException {
        return openOrCreate(caseRoot.resolve("keys"), !hasManifests(caseRoot.resolve("manifests")), sealed);
    }

    private static boolean hasManifests(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return false;
        try (var files = Files.list(dir)) {
            return files.findAny().isPresent();
        }
    }

    /** The same, the private key sealed by {@code sealed} (an encrypted case's file sealing; null for a plain case). */
    public static FileSigningKey openOrCreate(Path dir, boolean mayCreate, SealedText sealed) throws IOException {
        Path priv = dir.resolve(PRIVATE);
        Path pub = dir.resolve(PUBLIC);
        if (!Files.exists(priv) && !Files.exists(pub)) {
            if (!mayCreate) {
                throw new org.redress.core.UserMistake(
                        "The case's custody key (" + priv + ") is missing, but the case has"
                                + " signed manifests. Put keys/custody.key and keys/custody.pub back from a backup; a new key would"
                                + " make every earlier manifest unverifiable.");
            }
            create(dir, sealed);
        }
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            return new FileSigningKey(
                    factory.generatePrivate(new PKCS8EncodedKeySpec(privateBytes(dir, sealed))),
                    factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(pub))));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("the case's custody key is incomplete: " + e.getFile() + " is missing", e);
        } catch (GeneralSecurityException e) {
            throw new IOException("the case's custody key in " + dir + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The private key's PKCS#8 bytes; an encrypted case's plain key file is sealed in place on the way. */
    private static byte[] privateBytes(Path dir, SealedText sealed) throws IOException {
        byte[] stored = Files.readAllBytes(dir.resolve(PRIVATE));
        if (sealed == null) return stored;
        if (isPlainKey(stored)) {
            replace(dir, PRIVATE, sealed.sealBytes(LABEL, PRIVATE, stored));
            return stored;
        }
        return sealed.openBytes(LABEL, PRIVATE, stored);
    }

    /** An Ed25519 PKCS#8 key as the JDK writes it: a 46-byte DER sequence with the Ed25519 OID (1.3.101.112). */
    private static boolean isPlainKey(byte[] b) {
        return b.length == 48 && b[0] == 0x30 && b[1] == 0x2e && b[9] == 0x2b && b[10] == 0x65 && b[11] == 0x70;
    }

    private static void create(Path dir, SealedText sealed) throws IOException {
        Files.createDirectories(dir);
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime has Ed25519", e);
        }
        byte[] pkcs8 = pair.getPrivate().getEncoded();
        writeOnce(dir, PRIVATE, sealed == null ? pkcs8 : sealed.sealBytes(LABEL, PRIVATE, pkcs8), true);
        writeOnce(dir, PUBLIC, pair.getPublic().getEncoded(), false);
    }

    private static void writeOnce(Path dir, String name, byte[] bytes, boolean secret) throws IOException {
        Path temp = Files.createTempFile(dir, ".incoming-", ".tmp");
        try {
            if (secret) ownerOnly(temp);
            Files.write(temp, bytes);
            Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            // another process made the key first; its pair is the case's
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Rewrites a file at once (owner-only), for the sealing of a plain key found in an encrypted case. */
    private static void replace(Path dir, String name, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(dir, ".sealing-", ".tmp");
        try {
            ownerOnly(temp);
            Files.write(temp, bytes);
            Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the case folder's own permissions apply
        }
    }

    @Override
    public byte[] sign(byte[] data) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    @Override
    public boolean verifies(byte[] data, byte[] signature) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(publicKey);
            s.update(data);
            return s.verify(signature);
        } catch (java.security.SignatureException malformed) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 verification failed", e);
        }
    }

    @Override
    public byte[] publicKey() {
        return publicKey.getEncoded();
    }
}
