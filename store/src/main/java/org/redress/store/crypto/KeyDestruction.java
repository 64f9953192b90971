package org.redress.store.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.redress.core.UserMistake;

/**
 * Makes an encrypted case unreadable at once: its wrapped data key and every secret key beside it are overwritten with
 * random bytes, forced to disk, cut to nothing and removed. Without the data key no passphrase and no copy of the
 * encrypted files opens anything. A note saying so is written first, so that a crash half-way leaves a case every
 * command refuses, and running it again finishes the work.
 *
 * <p>Kept: the custody public key (it opens nothing, and still checks the manifests the case signed) and the audit
 * key, which opens nothing either but lets the log seal the entry that records this destruction.
 */
public final class KeyDestruction {
    static final String MARKER = "keys/DESTROYED.txt";
    private static final Set<String> KEPT = Set.of("DESTROYED.txt", "custody.pub", "audit.key");

    private final SecureRandom random;
    private final Clock clock;

    public KeyDestruction(SecureRandom random, Clock clock) {
        this.random = random;
        this.clock = clock;
    }

    /** Shreds the keys of the case; gives the names of the files shredded. */
    public List<String> destroy(Path caseRoot) throws IOException {
        Path keys = caseRoot.resolve("keys");
        boolean destroyed = CaseKeys.isDestroyed(caseRoot);
        if (!destroyed && !Files.isRegularFile(CaseKeyFile.of(caseRoot)))
            throw new UserMistake("This case is not encrypted: its files can be read without any key, so there is no"
                    + " key to destroy. Only deleting the case folder (and its backups and copies) removes its data.");
        List<Path> secrets = secrets(keys);
        if (destroyed && secrets.isEmpty())
            throw new UserMistake("The keys of this case were already destroyed (see " + MARKER + ")");
        if (!destroyed) {
            Path marker = caseRoot.resolve(MARKER);
            Files.writeString(
                    marker,
                    "The keys of this case were destroyed on " + clock.instant()
                            + " with 'redress destroy'.\nNothing in this folder can be read any more.\n",
                    StandardCharsets.UTF_8);
            force(marker);
        }
        List<String> shredded = new ArrayList<>();
        // The wrapped data key first: once it is gone, nothing else matters.
        if (secrets.remove(CaseKeyFile.of(caseRoot))) secrets.add(0, CaseKeyFile.of(caseRoot));
        for (Path secret : secrets) {
            shred(secret);
            shredded.add(keys.relativize(secret).toString());
        }
        force(keys);
        return shredded;
    }

    private static List<Path> secrets(Path keys) throws IOException {
        if (!Files.isDirectory(keys)) return new ArrayList<>();
        try (Stream<Path> files = Files.list(keys)) {
            return new ArrayList<>(files.filter(Files::isRegularFile)
                    .filter(f -> !KEPT.contains(f.getFileName().toString()))
                    .sorted()
                    .toList());
        }
    }

    /** Random bytes over the whole file, forced to disk, then cut to nothing and removed. */
    private void shred(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long size = channel.size();
            byte[] noise = new byte[8192];
            for (long written = 0; written < size; ) {
                random.nextBytes(noise);
                int n = (int) Math.min(noise.length, size - written);
                ByteBuffer buffer = ByteBuffer.wrap(noise, 0, n);
                while (buffer.hasRemaining()) written += channel.write(buffer, written);
            }
            channel.force(true);
            channel.truncate(0);
            channel.force(true);
        }
        Files.delete(file);
    }

    private static void force(Path path) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // a folder cannot be opened as a channel on some systems; the files themselves were forced
        }
    }
}
