package org.redress.store.blob;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.redress.core.corpus.Sha256;
import org.redress.store.crypto.CaseKey;

/**
 * Run in its own JVM with a small heap by {@link EncryptedBlobStoreTest}: writes a file of pseudo-random bytes of
 * the size given (in MB), stores it encrypted, deletes the plain file, and reads the original back, comparing
 * digests. Prints the throughput, for the record.
 */
public final class LargeOriginalRoundTrip {
    private LargeOriginalRoundTrip() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long size = Long.parseLong(args[1]) * 1_000_000L;
        Path plain = dir.resolve("large.bin");
        MessageDigest written = Sha256.newDigest();
        SplittableRandom random = new SplittableRandom(42);
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(plain)) {
            for (long left = size; left > 0; left -= chunk.length) {
                for (int i = 0; i < chunk.length; i += 8) {
                    long r = random.nextLong();
                    for (int j = 0; j < 8; j++) chunk[i + j] = (byte) (r >>> (8 * j));
                }
                int n = (int) Math.min(chunk.length, left);
                out.write(chunk, 0, n);
                written.update(chunk, 0, n);
            }
        }
        String sha = HexFormat.of().formatHex(written.digest());
        EncryptedBlobStore blobs =
                new EncryptedBlobStore(dir.resolve("originals"), CaseKey.generate(new SecureRandom()));
        long start = System.nanoTime();
        blobs.put(sha, plain);
        long encryptNanos = System.nanoTime() - start;
        Files.delete(plain);
        MessageDigest read = Sha256.newDigest();
        long count = 0;
        start = System.nanoTime();
        try (InputStream in = blobs.open(sha)) {
            for (int n; (n = in.read(chunk)) > 0; count += n) read.update(chunk, 0, n);
        }
        long decryptNanos = System.nanoTime() - start;
        String back = HexFormat.of().formatHex(read.digest());
        System.out.printf(
                "%d MB: store (hash + encrypt + write) %.0f MB/s, open (read + decrypt + hash) %.0f MB/s, max heap %d MiB%n",
                size / 1_000_000,
                size / 1e6 / (encryptNanos / 1e9),
                size / 1e6 / (decryptNanos / 1e9),
                Runtime.getRuntime().maxMemory() >> 20);
        if (count != size || !back.equals(sha) || blobs.size(sha) != size) {
            System.out.println("MISMATCH: read " + count + " bytes, digest " + back);
            System.exit(1);
        }
        System.out.println("round trip ok");
    }
}
