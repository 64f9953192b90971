package org.redress.store.audit;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The case's audit key: 32 random bytes in {@code keys/audit.key}, readable by the owner only. It is made on first
 * use. An encrypted case has no such file: its log is sealed with the case's audit subkey.
 */
final class AuditKey implements SealKey {
    private static final int BYTES = 32;
    private final Path file;

    AuditKey(Path file) {
        this.file = file;
    }

    @Override
    public Optional<byte[]> read() throws IOException {
        if (!Files.exists(file)) return Optional.empty();
        byte[] key = Files.readAllBytes(file);
        return key.length == BYTES ? Optional.of(key) : Optional.empty();
    }

    @Override
    public boolean exists() {
        return Files.exists(file);
    }

    @Override
    public byte[] create() throws IOException {
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        Path dir = file.getParent();
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix && !Files.exists(dir)) {
            Files.createDirectories(
                    dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
        try {
            if (posix) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            throw new IOException("the audit key " + file + " appeared while it was being made", e);
        }
        Files.write(file, key);
        return key;
    }
}
