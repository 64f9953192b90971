package org.redress.store.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.redress.store.crypto.OwnerOnlyFiles;

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
        return OwnerOnlyFiles.createKey(file, BYTES);
    }
}
