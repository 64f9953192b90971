package org.redress.app.security;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A folder of its own on /dev/shm for a test's encrypted case (its REDRESS_RAM_DIR); the test is skipped without one. */
final class MemoryFolder {
    private MemoryFolder() {}

    static Path create(String prefix) throws IOException {
        Path shm = Path.of("/dev/shm");
        assumeTrue(
                Files.isDirectory(shm) && Files.getFileStore(shm).type().equals("tmpfs"),
                "skipped: no memory-backed /dev/shm here, which an encrypted case's work files need");
        return Files.createTempDirectory(shm, prefix);
    }

    static void remove(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) return;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
