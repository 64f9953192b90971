package org.redress.store.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.Sha256;

class FileBlobStoreTest {
    @TempDir
    Path dir;

    @Test
    void storesBytesOnceUnderTheirDigest() throws IOException {
        FileBlobStore blobs = new FileBlobStore(dir.resolve("originals"));
        Path file = Files.writeString(dir.resolve("a.txt"), "evidence");
        String sha = Sha256.of("evidence".getBytes());
        blobs.put(sha, file);
        blobs.put(sha, file);
        assertThat(blobs.contains(sha)).isTrue();
        assertThat(blobs.size(sha)).isEqualTo(8);
        try (InputStream in = blobs.open(sha)) {
            assertThat(new String(in.readAllBytes())).isEqualTo("evidence");
        }
        try (var walk = Files.walk(dir.resolve("originals"))) {
            assertThat(walk.filter(Files::isRegularFile).count()).isEqualTo(1);
        }
    }

    @Test
    void refusesBytesThatDoNotMatchTheirName() throws IOException {
        FileBlobStore blobs = new FileBlobStore(dir.resolve("originals"));
        Path file = Files.writeString(dir.resolve("a.txt"), "tampered");
        String wrong = Sha256.of("original".getBytes());
        assertThatThrownBy(() -> blobs.put(wrong, file)).isInstanceOf(IOException.class);
        assertThat(blobs.contains(wrong)).isFalse();
    }
}
