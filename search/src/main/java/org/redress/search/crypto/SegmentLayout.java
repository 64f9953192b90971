package org.redress.search.crypto;

import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import org.apache.lucene.index.CorruptIndexException;

/**
 * The arithmetic of Tink's segmented ciphertext: a header, then segments of a fixed ciphertext size each ending in a
 * tag, the last one shorter. Lucene asks for a file's length without opening it, so the plaintext length is
 * computed from the ciphertext length here, as Tink's own seekable channel does.
 */
record SegmentLayout(int ciphertextSegment, int ciphertextOffset, int overheadPerSegment) {
    static SegmentLayout of(AesGcmHkdfStreaming cipher) {
        return new SegmentLayout(
                cipher.getCiphertextSegmentSize(), cipher.getCiphertextOffset(), cipher.getCiphertextOverhead());
    }

    long plaintextLength(long ciphertextLength, String name) throws CorruptIndexException {
        long segments = (ciphertextLength + ciphertextSegment - 1) / ciphertextSegment;
        long remainder = ciphertextLength % ciphertextSegment;
        long overhead = segments * overheadPerSegment + ciphertextOffset;
        if (segments == 0 || (remainder > 0 && remainder < overheadPerSegment) || overhead > ciphertextLength)
            throw new CorruptIndexException(
                    "encrypted index file too short to hold its header and last segment: " + ciphertextLength
                            + " bytes",
                    name);
        return ciphertextLength - overhead;
    }
}
