package org.redress.search.crypto;

import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.security.GeneralSecurityException;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.BufferedIndexInput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * Reads a Lucene file through Tink's seekable decrypting channel: a seek decrypts and authenticates the one segment
 * it lands in. A clone or slice gets its own clone of the ciphertext file and its own channel (Tink's is not
 * thread-safe, and Lucene reads clones on several threads); only the input that opened the file closes it.
 */
final class EncryptedIndexInput extends BufferedIndexInput {
    private final String name;
    private final AesGcmHkdfStreaming cipher;
    private final byte[] associatedData;
    private final long offset;
    private final long length;
    private IndexInput ciphertext;
    private SeekableByteChannel plaintext;
    private boolean isClone;

    private EncryptedIndexInput(
            String description,
            int bufferSize,
            String name,
            IndexInput ciphertext,
            AesGcmHkdfStreaming cipher,
            byte[] associatedData,
            long offset,
            long length,
            boolean isClone) {
        super(description, bufferSize);
        this.name = name;
        this.ciphertext = ciphertext;
        this.cipher = cipher;
        this.associatedData = associatedData;
        this.offset = offset;
        this.length = length;
        this.isClone = isClone;
    }

    static IndexInput open(
            IndexInput ciphertext, String name, IOContext context, AesGcmHkdfStreaming cipher, byte[] associatedData)
            throws IOException {
        try {
            long length = SegmentLayout.of(cipher).plaintextLength(ciphertext.length(), name);
            return new EncryptedIndexInput(
                    "EncryptedIndexInput(" + ciphertext + ")",
                    bufferSize(context),
                    name,
                    ciphertext,
                    cipher,
                    associatedData,
                    0,
                    length,
                    false);
        } catch (IOException | RuntimeException e) {
            ciphertext.close();
            throw e;
        }
    }

    private SeekableByteChannel plaintext() throws IOException {
        if (plaintext == null) {
            try {
                plaintext = cipher.newSeekableDecryptingChannel(new IndexInputChannel(ciphertext), associatedData);
            } catch (GeneralSecurityException e) {
                throw corrupt(e);
            }
        }
        return plaintext;
    }

    @Override
    protected void readInternal(ByteBuffer b) throws IOException {
        long position = getFilePointer();
        if (position + b.remaining() > length)
            throw new EOFException(
                    "read past EOF: pos=" + position + " len=" + b.remaining() + " length=" + length + ": " + this);
        try {
            SeekableByteChannel channel = plaintext();
            channel.position(offset + position);
            while (b.hasRemaining()) {
                if (channel.read(b) < 0) throw new EOFException("read past EOF: " + this);
            }
        } catch (EOFException e) {
            throw e;
        } catch (IOException e) {
            if (failedAuthentication(e)) throw corrupt(e);
            throw e;
        }
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
        EncryptedIndexInput clone = (EncryptedIndexInput) super.clone();
        clone.ciphertext = ciphertext.clone();
        clone.plaintext = null;
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
                ciphertext.clone(),
                cipher,
                associatedData,
                offset + sliceOffset,
                sliceLength,
                true);
    }

    @Override
    public void close() throws IOException {
        if (!isClone) ciphertext.close();
    }

    private CorruptIndexException corrupt(Exception cause) {
        return new CorruptIndexException(
                "encrypted index file failed its integrity check (altered, damaged or under another key)", name, cause);
    }

    /** Tink reports a segment whose tag fails as an IOException caused by a GeneralSecurityException. */
    private static boolean failedAuthentication(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof GeneralSecurityException) return true;
        return false;
    }
}
