package org.redress.search.crypto;

import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.lucene.store.BufferedIndexInput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * Reads a Lucene file through its {@link DecryptedSegments}, which the input that opened the file shares with its
 * clones and slices (made on the first read, so that opening a file costs nothing): the file's key is derived once,
 * not once per clone. Only the input that opened the file closes it.
 */
final class EncryptedIndexInput extends BufferedIndexInput {
    private final String name;
    private final long offset;
    private final long length;
    private final Shared shared;
    private boolean isClone;

    /** The opened ciphertext file and, from the first read on, its decrypted segments. */
    private static final class Shared {
        private final IndexInput ciphertext;
        private final String name;
        private final AesGcmHkdfStreaming cipher;
        private final byte[] associatedData;
        private DecryptedSegments segments;

        Shared(IndexInput ciphertext, String name, AesGcmHkdfStreaming cipher, byte[] associatedData) {
            this.ciphertext = ciphertext;
            this.name = name;
            this.cipher = cipher;
            this.associatedData = associatedData;
        }

        synchronized DecryptedSegments segments() throws IOException {
            if (segments == null) segments = new DecryptedSegments(ciphertext, name, cipher, associatedData);
            return segments;
        }
    }

    private EncryptedIndexInput(
            String description, int bufferSize, String name, long offset, long length, Shared shared, boolean clone) {
        super(description, bufferSize);
        this.name = name;
        this.offset = offset;
        this.length = length;
        this.shared = shared;
        this.isClone = clone;
    }

    static IndexInput open(
            IndexInput ciphertext, String name, IOContext context, AesGcmHkdfStreaming cipher, byte[] associatedData)
            throws IOException {
        try {
            long length = SegmentLayout.of(cipher).plaintextLength(ciphertext.length(), name);
            return new EncryptedIndexInput(
                    "EncryptedIndexInput(" + ciphertext + ")",
                    Math.max(bufferSize(context), cipher.getPlaintextSegmentSize()), // one segment per refill
                    name,
                    0,
                    length,
                    new Shared(ciphertext, name, cipher, associatedData),
                    false);
        } catch (IOException | RuntimeException e) {
            ciphertext.close();
            throw e;
        }
    }

    @Override
    protected void readInternal(ByteBuffer b) throws IOException {
        long position = getFilePointer();
        if (position + b.remaining() > length)
            throw new EOFException(
                    "read past EOF: pos=" + position + " len=" + b.remaining() + " length=" + length + ": " + this);
        shared.segments().read(offset + position, b, b.remaining());
    }

    @Override
    protected void seekInternal(long pos) throws IOException {
        if (pos > length) throw new EOFException("read past EOF: pos=" + pos + " vs length=" + length + ": " + this);
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public EncryptedIndexInput clone() {
        // BufferedIndexInput copies the buffer and the position; the clone reads the same shared segments
        EncryptedIndexInput clone = (EncryptedIndexInput) super.clone();
        clone.isClone = true;
        return clone;
    }

    @Override
    public IndexInput slice(String sliceDescription, long sliceOffset, long sliceLength) throws IOException {
        if (sliceOffset < 0 || sliceLength < 0 || sliceOffset + sliceLength > length)
            throw new IllegalArgumentException("slice() " + sliceDescription + " out of bounds: offset=" + sliceOffset
                    + ",length=" + sliceLength + ",fileLength=" + length + ": " + this);
        return new EncryptedIndexInput(
                getFullSliceDescription(sliceDescription),
                getBufferSize(),
                name,
                offset + sliceOffset,
                sliceLength,
                shared,
                true);
    }

    @Override
    public void close() throws IOException {
        if (!isClone) shared.ciphertext.close();
    }
}
