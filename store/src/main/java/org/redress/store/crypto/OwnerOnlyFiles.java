package org.redress.store.crypto;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/** A new key file (random bytes, or a wrapped key) that only its owner may read, in a folder only its owner may open. */
public final class OwnerOnlyFiles {
    private OwnerOnlyFiles() {}

    /** Writes {@code bytes} random bytes to the new file {@code file}; refused when the file is already there. */
    public static byte[] createKey(Path file, int bytes) throws IOException {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        create(file, key);
        return key;
    }

    /** Writes {@code content} to the new file {@code file}; refused when the file is already there. */
    public static void create(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
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
            throw new IOException("the key " + file + " appeared while it was being made", e);
        }
        Files.write(file, content);
    }
}
