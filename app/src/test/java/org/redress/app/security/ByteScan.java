package org.redress.app.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What {@code grep -a -i} would find: a word in a file's bytes, ignoring case, written in UTF-8 (or Latin-1) or in
 * UTF-16 (either byte order). Also a watcher that scans every file that appears or changes while something runs.
 */
final class ByteScan {
    private final List<byte[]> needles;

    ByteScan(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        needles = List.of(
                w.getBytes(StandardCharsets.UTF_8),
                w.getBytes(StandardCharsets.UTF_16LE),
                w.getBytes(StandardCharsets.UTF_16BE));
    }

    boolean holds(byte[] bytes) {
        byte[] lower = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            lower[i] = b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
        }
        for (byte[] n : needles) if (indexOf(lower, n) >= 0) return true;
        return false;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** Every file under the folders whose bytes hold the word. */
    List<Path> filesHolding(Path... roots) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) continue;
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    try {
                        if (holds(Files.readAllBytes(p))) found.add(p);
                    } catch (NoSuchFileException gone) {
                        // removed while we looked
                    }
                }
            }
        }
        return found;
    }

    /** Scans, every few milliseconds, each file that is new or has changed under the folders, until closed. */
    final class Watcher implements AutoCloseable {
        private final Path[] roots;
        private final Map<Path, Long> seen = new ConcurrentHashMap<>();
        private final Set<Path> leaked = ConcurrentHashMap.newKeySet();
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long scans;

        Watcher(Path... roots) {
            this.roots = roots;
            thread = new Thread(this::loop, "byte-scan-watcher");
            thread.setDaemon(true);
            thread.start();
        }

        private void loop() {
            while (running) {
                for (Path root : roots) scan(root);
                scans++;
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void scan(Path root) {
            if (!Files.exists(root)) return;
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.toList()) {
                    try {
                        if (!Files.isRegularFile(p)) continue;
                        long stamp = Files.size(p) * 31
                                + Files.getLastModifiedTime(p).toMillis();
                        Long before = seen.put(p, stamp);
                        if (before != null && before == stamp) continue;
                        if (holds(Files.readAllBytes(p))) leaked.add(p);
                    } catch (IOException gone) {
                        // a file removed between listing and reading: it was looked for on the next pass if it lived
                    }
                }
            } catch (IOException | java.io.UncheckedIOException gone) {
                // a folder removed while walking
            }
        }

        /** Files that held the word at some moment, and how many passes were made. */
        Set<Path> leaked() {
            return leaked;
        }

        long scans() {
            return scans;
        }

        long filesSeen() {
            return seen.size();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join();
            for (Path root : roots) scan(root);
        }
    }
}
