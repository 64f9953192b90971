package org.redress.store.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.redress.core.corpus.Sha256;
import org.redress.core.port.BlobStore;
import org.redress.store.BlobStoreContract;
import org.redress.store.crypto.CaseKey;

class EncryptedBlobStoreTest extends BlobStoreContract {
    static final String CANARY = "Xochitl Canary-Ixtlahuaca";

    private final CaseKey key = CaseKey.generate(new SecureRandom());

    @Override
    protected BlobStore open(Path root) throws IOException {
        return new EncryptedBlobStore(root, key);
    }

    private Path storedFile() throws IOException {
        try (var walk = Files.walk(root())) {
            return walk.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
    }

    /** A text of about 2.5 MiB (three segments) with the canary on every line. */
    private String storeCanaryText() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 2_500_000; i++)
            text.append("line ").append(i).append(": ").append(CANARY).append(" met the informant\n");
        Path file = Files.writeString(dir.resolve("statement.txt"), text);
        String sha = Sha256.of(file);
        blobs.put(sha, file);
        return sha;
    }

    private static byte[] readAll(BlobStore blobs, String sha) throws IOException {
        try (InputStream in = blobs.open(sha)) {
            return in.readAllBytes();
        }
    }

    @Test
    void neitherTheBytesNorThePlainHashAreOnDisk() throws IOException {
        String sha = storeCanaryText();
        Path stored = storedFile();
        byte[] onDisk = Files.readAllBytes(stored);
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1))
                .doesNotContain(CANARY)
                .doesNotContain("informant");
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain(sha);
        assertThat(root().relativize(stored).toString()).doesNotContain(sha).doesNotContain(sha.substring(0, 16));
        // the stored size is the plaintext size plus headers and tags, no more
        assertThat(onDisk.length - blobs.size(sha)).isBetween(40L, 40L + 16 * 4);
        assertThat(new String(readAll(blobs, sha), StandardCharsets.UTF_8)).contains(CANARY);
    }

    @Test
    void anotherCasesKeyNamesAndReadsNothing() throws IOException {
        String sha = storeCanaryText();
        Path stored = storedFile();
        EncryptedBlobStore other = new EncryptedBlobStore(root(), CaseKey.generate(new SecureRandom()));
        assertThat(other.contains(sha)).isFalse();
        // even given the file under the name the other key expects, the other key cannot read it
        Path otherRoot = dir.resolve("other");
        EncryptedBlobStore probe = new EncryptedBlobStore(otherRoot, CaseKey.generate(new SecureRandom()));
        // store the same content with the probe's key, then put this case's ciphertext in its place
        probe.put(sha, dir.resolve("statement.txt"));
        Path probeFile;
        try (var walk = Files.walk(otherRoot)) {
            probeFile = walk.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        probeFile.toFile().setWritable(true);
        Files.copy(stored, probeFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> readAll(probe, sha)).isInstanceOf(DamagedOriginalException.class);
    }

    @Test
    void aChangedByteAnywhereIsDetectedOnRead() throws IOException {
        String sha = storeCanaryText();
        Path stored = storedFile();
        long length = Files.size(stored);
        byte[] pristine = Files.readAllBytes(stored);
        // header (length byte, salt, nonce prefix), first segment, a middle segment, a tag, the last byte
        for (long at : List.of(0L, 5L, 38L, 100L, 1_500_000L, (1L << 20) - 1, length - 1)) {
            stored.toFile().setWritable(true);
            flipBit(stored, at);
            assertThatThrownBy(() -> readAll(blobs, sha))
                    .as("bit flipped at byte %d", at)
                    .isInstanceOf(DamagedOriginalException.class)
                    .hasMessageContaining(sha);
            Files.write(stored, pristine);
        }
        assertThat(readAll(blobs, sha)).hasSize((int) blobs.size(sha));
    }

    @Test
    void aCutOffFileIsDetectedOnRead() throws IOException {
        String sha = storeCanaryText();
        Path stored = storedFile();
        byte[] pristine = Files.readAllBytes(stored);
        // one byte short, exactly at a segment boundary (a whole last segment gone), only the header left
        for (long keep : List.of((long) pristine.length - 1, 2L << 20, 1L << 20, 40L)) {
            stored.toFile().setWritable(true);
            try (RandomAccessFile f = new RandomAccessFile(stored.toFile(), "rw")) {
                f.setLength(keep);
            }
            assertThatThrownBy(() -> readAll(blobs, sha))
                    .as("cut to %d bytes", keep)
                    .isInstanceOf(IOException.class);
            Files.write(stored, pristine);
        }
    }

    @Test
    void anOriginalMovedToAnothersNameIsDetected() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "first original");
        Path b = Files.writeString(dir.resolve("b.txt"), "second original");
        String shaA = Sha256.of(a);
        String shaB = Sha256.of(b);
        blobs.put(shaA, a);
        List<Path> before;
        try (var walk = Files.walk(root())) {
            before = walk.filter(Files::isRegularFile).toList();
        }
        blobs.put(shaB, b);
        Path fileA = before.get(0);
        Path fileB;
        try (var walk = Files.walk(root())) {
            fileB = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.equals(fileA))
                    .findFirst()
                    .orElseThrow();
        }
        fileB.toFile().setWritable(true);
        Files.copy(fileA, fileB, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> readAll(blobs, shaB)).isInstanceOf(DamagedOriginalException.class);
        assertThat(new String(readAll(blobs, shaA), StandardCharsets.UTF_8)).isEqualTo("first original");
    }

    /**
     * 200 MB generated and checked as it streams, stored and read back by a JVM with a 48 MiB heap: a store that
     * held a whole original in memory would fail here with OutOfMemoryError.
     */
    @Test
    void aLargeOriginalStreamsThroughABoundedHeap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-Xmx48m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LargeOriginalRoundTrip.class.getName(),
                        dir.toString(),
                        "200")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile())
                .start();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(dir.resolve("child.log"));
        System.out.println(log);
        assertThat(child.exitValue()).as(log).isZero();
        assertThat(log).contains("round trip ok");
        assertThat(new File(dir.toFile(), "large.bin")).doesNotExist();
    }

    private static void flipBit(Path file, long at) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0x10);
        }
    }
}
