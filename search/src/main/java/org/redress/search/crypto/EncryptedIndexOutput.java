package org.redress.search.crypto;

import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.OutputStreamIndexOutput;

/**
 * Writes a Lucene file through Tink's encrypting stream into the wrapped directory's output. Lucene's
 * {@code OutputStreamIndexOutput} keeps the buffering, the file pointer and the CRC32 of the plaintext that
 * Lucene's footers need; closing writes the last segment and closes the file even if that fails.
 */
final class EncryptedIndexOutput {
    private static final int BUFFER_BYTES = 8192;

    private EncryptedIndexOutput() {}

    static IndexOutput over(IndexOutput raw, AesGcmHkdfStreaming cipher, byte[] associatedData, Runnable onClose)
            throws IOException {
        OutputStream encrypting;
        try {
            encrypting = cipher.newEncryptingStream(new RawStream(raw), associatedData);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            onClose.run();
            raw.close();
            if (e instanceof IOException io) throw io;
            if (e instanceof RuntimeException r) throw r;
            throw new IllegalStateException("cannot start encrypting " + raw.getName(), e);
        }
        return new OutputStreamIndexOutput(
                "encrypted(" + raw + ")", raw.getName(), new ClosingBoth(encrypting, raw, onClose), BUFFER_BYTES);
    }

    /** Tink's stream, whose close seals the last segment; then the file, whatever happened. */
    private static final class ClosingBoth extends OutputStream {
        private final OutputStream encrypting;
        private final IndexOutput raw;
        private final Runnable onClose;

        ClosingBoth(OutputStream encrypting, IndexOutput raw, Runnable onClose) {
            this.encrypting = encrypting;
            this.raw = raw;
            this.onClose = onClose;
        }

        @Override
        public void write(int b) throws IOException {
            encrypting.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            encrypting.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            try {
                encrypting.close();
            } finally {
                try {
                    raw.close();
                } finally {
                    onClose.run();
                }
            }
        }
    }

    /** The wrapped directory's output as a stream for Tink; closing is left to {@link ClosingBoth}. */
    private static final class RawStream extends OutputStream {
        private final IndexOutput raw;

        RawStream(IndexOutput raw) {
            this.raw = raw;
        }

        @Override
        public void write(int b) throws IOException {
            raw.writeByte((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            raw.writeBytes(b, off, len);
        }

        @Override
        public void close() {
            // the file is closed by ClosingBoth, once
        }
    }
}
