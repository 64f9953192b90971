package org.redress.store.blob;

import com.google.crypto.tink.StreamingAead;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.redress.core.corpus.Sha256;
import org.redress.core.port.BlobStore;
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.KeyedHash;
import org.redress.store.crypto.StreamingCiphers;

/**
 * The originals of an encrypted case: each file encrypted as it streams in (one segment in memory, whatever the
 * file's size) and stored under the HMAC of its SHA-256, so neither its bytes nor its plain hash are on disk. The
 * stored name is the associated data of the encryption: a file moved to another original's name fails on read, as
 * does one changed, cut off or made under another key. Same write discipline as {@link FileBlobStore}: a temporary
 * file renamed into place.
 */
public final class EncryptedBlobStore implements BlobStore {
    private final Path root;
    private final KeyedHash names;
    private final StreamingAead cipher;

    public EncryptedBlobStore(Path root, CaseKey key) throws IOException {
        this.root = Files.createDirectories(root);
        this.names = new KeyedHash(key);
        this.cipher = StreamingCiphers.originals(key);
    }

    private Path pathOf(String name) {
        return root.resolve(name.substring(0, 2)).resolve(name.substring(2, 4)).resolve(name);
    }

    private static byte[] associatedData(String name) {
        return ("redress original v1 " + name).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public boolean contains(String sha256) {
        return Files.isRegularFile(pathOf(names.of(sha256)));
    }

    @Override
    public void put(String sha256, Path file) throws IOException {
        String name = names.of(sha256);
        Path target = pathOf(name);
        if (Files.isRegularFile(target)) return;
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
        try {
            MessageDigest digest = Sha256.newDigest();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
                    OutputStream out = cipher.newEncryptingStream(Files.newOutputStream(temp), associatedData(name))) {
                in.transferTo(out);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot start encrypting an original", e);
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
                // another worker stored the same bytes first: that copy decrypts to the same bytes
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        String name = names.of(sha256);
        InputStream ciphertext = Files.newInputStream(pathOf(name));
        try {
            return new Checked(cipher.newDecryptingStream(ciphertext, associatedData(name)), sha256);
        } catch (GeneralSecurityException e) {
            ciphertext.close();
            throw new DamagedOriginalException(sha256, e);
        }
    }

    @Override
    public long size(String sha256) throws IOException {
        String name = names.of(sha256);
        try (SeekableByteChannel ciphertext = Files.newByteChannel(pathOf(name));
                SeekableByteChannel plaintext = cipher.newSeekableDecryptingChannel(ciphertext, associatedData(name))) {
            return plaintext.size();
        } catch (GeneralSecurityException e) {
            throw new DamagedOriginalException(sha256, e);
        } catch (IOException e) {
            if (failedAuthentication(e)) throw new DamagedOriginalException(sha256, e);
            throw e;
        }
    }

    /** Tink reports a failed tag as an IOException caused by a GeneralSecurityException. */
    static boolean failedAuthentication(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof GeneralSecurityException) return true;
        return false;
    }

    /** Turns Tink's report of a segment that fails its tag into an exception that names the original. */
    private static final class Checked extends FilterInputStream {
        private final String sha256;

        Checked(InputStream in, String sha256) {
            super(in);
            this.sha256 = sha256;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw translated(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw translated(e);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            try {
                return super.skip(n);
            } catch (IOException e) {
                throw translated(e);
            }
        }

        private IOException translated(IOException e) {
            return failedAuthentication(e) ? new DamagedOriginalException(sha256, e) : e;
        }
    }
}
