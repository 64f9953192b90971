package org.redress.search.crypto;

import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import com.google.crypto.tink.subtle.StreamSegmentDecrypter;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.IndexInput;

/**
 * The plaintext of one encrypted index file, segment by segment, shared by the input that opened it and all its
 * clones and slices. The header is read and the file's key derived once (Tink's seekable channel would do both again
 * for every clone, and Lucene clones inputs for every term it looks up); each segment is decrypted and authenticated
 * when first read and the last few are kept, so reads that move back and forth within a few segments decrypt each
 * once. Reads are serialised on this object: the decrypter and the ciphertext input are not thread-safe.
 */
final class DecryptedSegments {
    /** 64 segments of 4 KiB (256 KiB) per open file: the terms index and postings a query touches stay decrypted. */
    private static final int KEPT = 64;

    private final IndexInput ciphertext;
    private final String name;
    private final StreamSegmentDecrypter decrypter;
    private final int ciphertextSegment;
    private final int plaintextSegment;
    private final int ciphertextOffset;
    private final long ciphertextLength;
    private final int segments;
    private final Map<Integer, byte[]> kept = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, byte[]> eldest) {
            return size() > KEPT;
        }
    };

    DecryptedSegments(IndexInput ciphertext, String name, AesGcmHkdfStreaming cipher, byte[] associatedData)
            throws IOException {
        this.ciphertext = ciphertext;
        this.name = name;
        this.ciphertextSegment = cipher.getCiphertextSegmentSize();
        this.plaintextSegment = cipher.getPlaintextSegmentSize();
        this.ciphertextOffset = cipher.getCiphertextOffset();
        this.ciphertextLength = ciphertext.length();
        this.segments = (int) ((ciphertextLength + ciphertextSegment - 1) / ciphertextSegment);
        byte[] header = new byte[cipher.getHeaderLength()];
        if (ciphertextLength < ciphertextOffset) throw corrupt(null);
        ciphertext.seek(cipher.getFirstSegmentOffset());
        ciphertext.readBytes(header, 0, header.length);
        try {
            this.decrypter = cipher.newStreamSegmentDecrypter();
            decrypter.init(ByteBuffer.wrap(header), associatedData);
        } catch (GeneralSecurityException e) {
            throw corrupt(e);
        }
    }

    /** Copies {@code length} plaintext bytes from {@code position} of the file into {@code into}. */
    synchronized void read(long position, ByteBuffer into, int length) throws IOException {
        long at = position;
        int left = length;
        while (left > 0) {
            long virtual = at + ciphertextOffset;
            int nr = (int) (virtual / plaintextSegment);
            int within = (int) (virtual % plaintextSegment) - (nr == 0 ? ciphertextOffset : 0);
            byte[] segment = segment(nr);
            int n = Math.min(left, segment.length - within);
            if (n <= 0) throw new EOFException("read past EOF of " + name);
            into.put(segment, within, n);
            at += n;
            left -= n;
        }
    }

    private byte[] segment(int nr) throws IOException {
        byte[] plain = kept.get(nr);
        if (plain != null) return plain;
        if (nr >= segments) throw new EOFException("read past EOF of " + name);
        long start = nr == 0 ? ciphertextOffset : (long) nr * ciphertextSegment;
        long end = Math.min(ciphertextLength, (long) (nr + 1) * ciphertextSegment);
        byte[] sealed = new byte[(int) (end - start)];
        ciphertext.seek(start);
        ciphertext.readBytes(sealed, 0, sealed.length);
        ByteBuffer out = ByteBuffer.allocate(plaintextSegment);
        try {
            decrypter.decryptSegment(ByteBuffer.wrap(sealed), nr, nr == segments - 1, out);
        } catch (GeneralSecurityException e) {
            throw corrupt(e);
        }
        out.flip();
        plain = new byte[out.remaining()];
        out.get(plain);
        kept.put(nr, plain);
        return plain;
    }

    private CorruptIndexException corrupt(Exception cause) {
        return new CorruptIndexException(
                "encrypted index file failed its integrity check (altered, damaged or under another key)", name, cause);
    }
}
