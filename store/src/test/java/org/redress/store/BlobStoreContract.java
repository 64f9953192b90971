package org.redress.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.Sha256;
import org.redress.core.port.BlobStore;

/** What every store of originals must do, plain or encrypted: each backend's test extends this class. */
public abstract class BlobStoreContract {
    @TempDir
    protected Path dir;

    protected BlobStore blobs;

    protected abstract BlobStore open(Path root) throws IOException;

    protected Path root() {
        return dir.resolve("originals");
    }

    @BeforeEach
    void openStore() throws IOException {
        blobs = open(root());
    }

    protected static long storedFiles(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void storesBytesOnceUnderTheirDigest() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "evidence");
        String sha = Sha256.of("evidence".getBytes(StandardCharsets.UTF_8));
        blobs.put(sha, file);
        blobs.put(sha, file);
        assertThat(blobs.contains(sha)).isTrue();
        assertThat(blobs.size(sha)).isEqualTo(8);
        try (InputStream in = blobs.open(sha)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("evidence");
        }
        assertThat(storedFiles(root())).isEqualTo(1);
    }

    @Test
    void refusesBytesThatDoNotMatchTheirName() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "tampered");
        String wrong = Sha256.of("original".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> blobs.put(wrong, file)).isInstanceOf(IOException.class);
        assertThat(blobs.contains(wrong)).isFalse();
        assertThat(storedFiles(root())).isZero();
    }

    @Test
    void anEmptyFileAndFilesAroundEveryBoundaryComeBackWhole() throws IOException {
        Random random = new Random(7);
        for (int size : new int[] {0, 1, 4095, 4096, (1 << 20) - 40, (1 << 20) - 41, 1 << 20, (3 << 20) + 5}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            Path file = Files.write(dir.resolve("f" + size), bytes);
            String sha = Sha256.of(bytes);
            blobs.put(sha, file);
            assertThat(blobs.size(sha)).as("size of %d bytes", size).isEqualTo(size);
            try (InputStream in = blobs.open(sha)) {
                assertThat(in.readAllBytes()).as("%d bytes", size).isEqualTo(bytes);
            }
        }
    }

    @Test
    void anAbsentOriginalIsNotThere() {
        String absent = Sha256.of("never stored".getBytes(StandardCharsets.UTF_8));
        assertThat(blobs.contains(absent)).isFalse();
        assertThatThrownBy(() -> blobs.open(absent)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> blobs.size(absent)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> blobs.contains("not a digest")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoWorkersStoringTheSameBytesLeaveOneReadableCopy() throws Exception {
        byte[] bytes = new byte[300_000];
        new Random(3).nextBytes(bytes);
        Path file = Files.write(dir.resolve("same.bin"), bytes);
        String sha = Sha256.of(bytes);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> puts = new ArrayList<>();
            for (int i = 0; i < 8; i++)
                puts.add(pool.submit(() -> {
                    blobs.put(sha, file);
                    return null;
                }));
            for (Future<?> put : puts) put.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(storedFiles(root())).isEqualTo(1);
        try (InputStream in = blobs.open(sha)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void aReopenedStoreReadsWhatWasStored() throws IOException {
        Path file = Files.writeString(dir.resolve("b.txt"), "kept across runs");
        String sha = Sha256.of(file);
        blobs.put(sha, file);
        BlobStore again = open(root());
        try (InputStream in = again.open(sha)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("kept across runs");
        }
    }
}
