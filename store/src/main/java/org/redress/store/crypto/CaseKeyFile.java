package org.redress.store.crypto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.redress.core.UserMistake;

/**
 * {@code keys/case-key.json}: the Argon2id costs and salt, and the data key wrapped with AES-256-GCM. It holds no
 * secret in the clear. Written to a temporary file, forced to disk and renamed into place, so a crash leaves either
 * the old wrap or the new one, never half of one.
 */
final class CaseKeyFile {
    static final String RELATIVE_PATH = "keys/case-key.json";
    static final String FORMAT = "redress-case-key";
    static final int VERSION = 1;
    static final String WRAP_ALGORITHM = "AES-256-GCM";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** The JSON as stored; byte arrays in base64. */
    record Stored(String format, int version, Kdf kdf, Wrap wrap) {}

    record Kdf(String algorithm, int version, int memoryKiB, int iterations, int parallelism, String salt) {}

    record Wrap(String algorithm, String nonce, String ciphertext) {}

    /** The parsed content: the costs and what GCM produced (arrays never compared, only written and read). */
    @SuppressWarnings("ArrayRecordComponent")
    record Content(Argon2id argon2id, byte[] nonce, byte[] ciphertext) {}

    private CaseKeyFile() {}

    static Path of(Path caseRoot) {
        return caseRoot.resolve(RELATIVE_PATH);
    }

    static Content read(Path file) throws IOException {
        Stored stored;
        try {
            stored = JSON.readValue(Files.readAllBytes(file), Stored.class);
        } catch (JsonProcessingException e) {
            throw damaged(file);
        }
        try {
            if (!FORMAT.equals(stored.format()) || stored.version() != VERSION) throw damaged(file);
            Kdf kdf = stored.kdf();
            Wrap wrap = stored.wrap();
            if (kdf == null || wrap == null || !"argon2id".equals(kdf.algorithm()) || kdf.version() != 19)
                throw damaged(file);
            if (!WRAP_ALGORITHM.equals(wrap.algorithm())) throw damaged(file);
            Base64.Decoder b64 = Base64.getDecoder();
            Argon2id argon2id =
                    new Argon2id(kdf.memoryKiB(), kdf.iterations(), kdf.parallelism(), b64.decode(kdf.salt()));
            return new Content(argon2id, b64.decode(wrap.nonce()), b64.decode(wrap.ciphertext()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw damaged(file);
        }
    }

    static void write(Path file, Content content) throws IOException {
        Base64.Encoder b64 = Base64.getEncoder();
        Argon2id a = content.argon2id();
        Stored stored = new Stored(
                FORMAT,
                VERSION,
                new Kdf("argon2id", 19, a.memoryKiB(), a.iterations(), a.parallelism(), b64.encodeToString(a.salt())),
                new Wrap(
                        WRAP_ALGORITHM, b64.encodeToString(content.nonce()), b64.encodeToString(content.ciphertext())));
        byte[] json = (JSON.writeValueAsString(stored) + "\n").getBytes(StandardCharsets.UTF_8);
        Path folder = createPrivateFolder(file.getParent());
        Path temp = Files.createTempFile(folder, ".case-key-", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(json));
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Path createPrivateFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix"))
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        return folder;
    }

    /** The rename itself must reach the disk before the caller is told the new passphrase holds. */
    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException notSupported) {
            // some file systems (and Windows) cannot open a folder as a channel; the rename is still atomic
        }
    }

    private static UserMistake damaged(Path file) {
        return new UserMistake("This case's key file " + file
                + " is damaged or is not a Redress key file; restore it from a backup of the case");
    }
}
