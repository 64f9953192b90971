package org.redress.search.crypto;

import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

/**
 * Wraps a directory (an {@code FSDirectory} for a case) so that every file in it is encrypted and authenticated with
 * the index key of the case. Names, listing, renames, deletes, syncs and locks pass through unchanged.
 */
public final class EncryptedDirectory extends FilterDirectory {
    /** 4 KiB: a random read decrypts one segment, so small keeps seeks cheap; the tag costs 0.4 %. */
    static final int SEGMENT_BYTES = 4096;

    /** Associated data of every index file: names cannot be bound, because Lucene renames files. */
    private static final byte[] ASSOCIATED_DATA = "redress index file v1".getBytes(StandardCharsets.US_ASCII);

    private final AesGcmHkdfStreaming cipher;
    /** Files this directory is writing: their last segment is not sealed yet, so they cannot be read. */
    private final Set<String> beingWritten = ConcurrentHashMap.newKeySet();

    private final AtomicLong tempCounter = new AtomicLong();

    /** @param indexKey 32 bytes, the case's index subkey (copied; the caller may wipe its array) */
    public EncryptedDirectory(Directory in, byte[] indexKey) {
        super(in);
        if (indexKey.length != 32) throw new IllegalArgumentException("an index key has 32 bytes");
        byte[] copy = indexKey.clone();
        try {
            this.cipher = new AesGcmHkdfStreaming(copy, "HmacSha256", 32, SEGMENT_BYTES, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM-HKDF streaming is not available", e);
        } finally {
            Arrays.fill(copy, (byte) 0);
        }
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        // Marked before the file exists: another thread's listAll may show it the moment it does, still empty.
        beingWritten.add(name);
        try {
            return track(name, in.createOutput(name, context));
        } catch (IOException | RuntimeException e) {
            beingWritten.remove(name);
            throw e;
        }
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        // Named here rather than by the wrapped directory, so that it can be marked before it exists, as above.
        while (true) {
            String name = IndexFileNames.segmentFileName(
                    prefix, suffix + "_" + Long.toString(tempCounter.getAndIncrement(), Character.MAX_RADIX), "tmp");
            if (!beingWritten.add(name)) continue;
            try {
                return track(name, in.createOutput(name, context));
            } catch (FileAlreadyExistsException taken) {
                beingWritten.remove(name);
            } catch (IOException | RuntimeException e) {
                beingWritten.remove(name);
                throw e;
            }
        }
    }

    private IndexOutput track(String name, IndexOutput raw) throws IOException {
        return EncryptedIndexOutput.over(raw, cipher, ASSOCIATED_DATA, () -> beingWritten.remove(name));
    }

    @Override
    public IndexInput openInput(String name, IOContext context) throws IOException {
        // As Lucene's MockDirectoryWrapper does; otherwise an unfinished file would look cut off, i.e. corrupt.
        if (beingWritten.contains(name))
            throw new AccessDeniedException(name, null, "still being written, so not yet sealed and readable");
        return EncryptedIndexInput.open(in.openInput(name, context), name, context, cipher, ASSOCIATED_DATA);
    }

    @Override
    public long fileLength(String name) throws IOException {
        return SegmentLayout.of(cipher).plaintextLength(in.fileLength(name), name);
    }

    @Override
    public String toString() {
        return "EncryptedDirectory(" + in + ")";
    }
}
