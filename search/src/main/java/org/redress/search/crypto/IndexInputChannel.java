package org.redress.search.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import org.apache.lucene.store.IndexInput;

/**
 * A ciphertext file of the wrapped directory as the read-only channel Tink decrypts from. Each input and clone has
 * its own, over its own clone of the file, because Lucene reads clones from different threads.
 */
final class IndexInputChannel implements SeekableByteChannel {
    private final IndexInput ciphertext;
    private long position;

    IndexInputChannel(IndexInput ciphertext) {
        this.ciphertext = ciphertext;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        long size = ciphertext.length();
        if (position >= size) return -1;
        int n = (int) Math.min(dst.remaining(), size - position);
        ciphertext.seek(position);
        if (dst.hasArray()) {
            ciphertext.readBytes(dst.array(), dst.arrayOffset() + dst.position(), n);
            dst.position(dst.position() + n);
        } else {
            byte[] bytes = new byte[n];
            ciphertext.readBytes(bytes, 0, n);
            dst.put(bytes);
        }
        position += n;
        return n;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
        if (newPosition < 0) throw new IllegalArgumentException("negative position");
        position = newPosition;
        return this;
    }

    @Override
    public long size() {
        return ciphertext.length();
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public SeekableByteChannel truncate(long size) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public void close() {
        // the file belongs to the EncryptedIndexInput that made this channel
    }
}
