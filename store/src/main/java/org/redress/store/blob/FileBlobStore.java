package org.redress.store.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.redress.core.corpus.Sha256;
import org.redress.core.port.BlobStore;

/**
 * Originals as read-only files named by their SHA-256, fanned out in two levels of folders so
 * no folder grows too large. A write goes to a temporary file first and is renamed into place,
 * so a crash never leaves a half-written original under a real name.
 */
public final class FileBlobStore implements BlobStore {
    private final Path root;

    public FileBlobStore(Path root) throws IOException {
        this.root = Files.createDirectories(root);
    }

    private Path pathOf(String sha256) {
        if (!Sha256.isHex(sha256)) throw new IllegalArgumentException("not a SHA-256 digest: " + sha256);
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    @Override
    public boolean contains(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    @Override
    public void put(String sha256, Path file) throws IOException {
        Path target = pathOf(sha256);
        if (Files.isRegularFile(target)) return;
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
        try {
            // Hash while copying, so the stored bytes are proven to be the ones named.
            MessageDigest digest = Sha256.newDigest();
            // Into the temporary file just made: Files.copy would delete it and make it again.
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
                    OutputStream out = Files.newOutputStream(
                            temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                in.transferTo(out);
            }
            if (!HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
                throw new IOException("the file changed while it was being stored: " + file);
            }
            temp.toFile().setReadOnly();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            } catch (FileAlreadyExistsException raced) {
                // another worker stored the same bytes first: that copy is identical
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    @Override
    public long size(String sha256) throws IOException {
        return Files.size(pathOf(sha256));
    }
}
