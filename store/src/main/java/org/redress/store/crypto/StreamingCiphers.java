package org.redress.store.crypto;

import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * The streaming authenticated encryption of the originals: Tink's AES-256-GCM-HKDF streaming AEAD (each file gets
 * its own key from HKDF over a random salt in its header, and is cut into segments that are each authenticated, the
 * last one marked as last), so a file of any size is encrypted and checked with one segment in memory, and a changed,
 * reordered or cut-off segment fails on read.
 */
public final class StreamingCiphers {
    /** 1 MiB segments: big enough that the 16-byte tag per segment costs nothing, small enough to hold in memory. */
    static final int ORIGINALS_SEGMENT_BYTES = 1 << 20;

    private StreamingCiphers() {}

    /** The cipher of the originals of the case that this key opens. */
    public static StreamingAead originals(CaseKey caseKey) {
        byte[] subkey = caseKey.subkey(KeyUse.ORIGINALS);
        try {
            // AesGcmHkdfStreaming keeps its own copy of the key material
            return new AesGcmHkdfStreaming(subkey, "HmacSha256", 32, ORIGINALS_SEGMENT_BYTES, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM-HKDF streaming is not available", e);
        } finally {
            Arrays.fill(subkey, (byte) 0);
        }
    }
}
