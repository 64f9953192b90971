package org.redress.search.crypto;

import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
        return track(in.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        return track(in.createTempOutput(prefix, suffix, context));
    }

    private IndexOutput track(IndexOutput raw) throws IOException {
        String name = raw.getName();
        beingWritten.add(name);
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
