package org.redress.store.audit;

import java.io.IOException;
import java.util.Optional;

/** The key the head of the chain is sealed with: a file of a plain case, a subkey of an encrypted one. */
interface SealKey {
    Optional<byte[]> read() throws IOException;

    boolean exists();

    /** Makes the key; the caller holds the log's lock, so two processes never make two keys. */
    byte[] create() throws IOException;

    /** An encrypted case's audit subkey: always there, never made. */
    static SealKey fixed(byte[] key) {
        byte[] copy = key.clone();
        return new SealKey() {
            @Override
            public Optional<byte[]> read() {
                return Optional.of(copy.clone());
            }

            @Override
            public boolean exists() {
                return true;
            }

            @Override
            public byte[] create() {
                return copy.clone();
            }
        };
    }
}
