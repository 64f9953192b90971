package org.redress.store.crypto;

import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The unwrapped data key of an open case. It hands out one subkey per {@link KeyUse} (HKDF-SHA256, RFC 5869) and
 * never the data key itself; closing it wipes the key from this object's memory.
 */
public final class CaseKey implements AutoCloseable {
    static final int KEY_BYTES = 32;

    private final byte[] dataKey;
    private boolean closed;

    /** Takes ownership of the array (wiped on close). */
    CaseKey(byte[] dataKey) {
        if (dataKey.length != KEY_BYTES) throw new IllegalArgumentException("a data key has 32 bytes");
        this.dataKey = dataKey;
    }

    /** A new random data key, not yet stored anywhere ({@link CaseKeys#create} stores one wrapped). */
    public static CaseKey generate(java.security.SecureRandom random) {
        byte[] dataKey = new byte[KEY_BYTES];
        random.nextBytes(dataKey);
        return new CaseKey(dataKey);
    }

    /** A fresh 256-bit key for the given use; the caller should wipe it when done. */
    public synchronized byte[] subkey(KeyUse use) {
        return subkey(use, KEY_BYTES);
    }

    /**
     * A fresh key of {@code bytes} bytes for the given use (AES-SIV takes 64). Each use has its own HKDF info, so keys
     * of different lengths for one use are the only ones that share a prefix; give each use one length.
     */
    public synchronized byte[] subkey(KeyUse use, int bytes) {
        if (closed) throw new IllegalStateException("the case key is closed");
        if (bytes < 16 || bytes > 255 * 32) throw new IllegalArgumentException("subkey length: " + bytes);
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        // No salt: the input is already a uniformly random key (RFC 5869, section 3.1).
        hkdf.init(new HKDFParameters(dataKey, null, use.hkdfInfo()));
        byte[] key = new byte[bytes];
        hkdf.generateBytes(key, 0, bytes);
        return key;
    }

    /** The data key for wrapping it again (package only: the wrap is the one place it leaves this object). */
    synchronized byte[] dataKeyForWrapping() {
        if (closed) throw new IllegalStateException("the case key is closed");
        return dataKey.clone();
    }

    @Override
    public synchronized void close() {
        Arrays.fill(dataKey, (byte) 0);
        closed = true;
    }

    @Override
    public String toString() {
        return "CaseKey[hidden]";
    }
}
