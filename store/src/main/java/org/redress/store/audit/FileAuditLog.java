package org.redress.store.audit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.redress.core.audit.AuditCheck;
import org.redress.core.audit.AuditEntry;
import org.redress.core.audit.RecordedEntry;
import org.redress.core.port.AuditLog;
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.DamagedValueException;
import org.redress.store.crypto.KeyUse;

/**
 * The audit log of an embedded case, under its folder's {@code audit/}. Every operation holds the log's file lock
 * (another process: a served case while a command runs) and a lock of this process (its threads: the file lock
 * belongs to the whole process), so lines and seal always move together.
 */
public final class FileAuditLog implements AuditLog {
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private final Path log;
    private final Path head;
    private final Path lockFile;
    private final SealKey key;
    private final EntryCipher cipher;

    private FileAuditLog(Path dir, SealKey key, EntryCipher cipher) {
        this.log = dir.resolve("entries.log");
        this.head = dir.resolve("head");
        this.lockFile = dir.resolve("lock");
        this.key = key;
        this.cipher = cipher;
    }

    /** The log of the plain case in {@code caseRoot}: {@code audit/} and {@code keys/audit.key}. */
    public static FileAuditLog of(Path caseRoot) {
        return new FileAuditLog(
                caseRoot.resolve("audit"),
                new AuditKey(caseRoot.resolve("keys").resolve("audit.key")),
                EntryCipher.PLAIN);
    }

    /** The log of the encrypted case in {@code caseRoot}: entries sealed, the head sealed with its audit subkey. */
    public static FileAuditLog of(Path caseRoot, CaseKey caseKey) {
        byte[] sealKey = caseKey.subkey(KeyUse.AUDIT);
        try {
            return new FileAuditLog(caseRoot.resolve("audit"), SealKey.fixed(sealKey), EntryCipher.of(caseKey));
        } finally {
            java.util.Arrays.fill(sealKey, (byte) 0);
        }
    }

    /** Makes the key and the seal of the empty log when the case has none yet (at init). */
    public void prepare() {
        locked(() -> {
            keyForWriting();
            return null;
        });
    }

    /**
     * Seals the empty chain of a new encrypted case (whose key is not a file made on first use): only at its
     * creation, since sealing an empty chain later would hide a deleted log.
     */
    public void startNew() {
        locked(() -> {
            if (Files.exists(log)) throw new IOException("this audit log is not new");
            if (!Files.exists(head)) writeSeal(Seal.of(0, AuditLine.GENESIS, keyForWriting()));
            return null;
        });
    }

    @Override
    public void record(AuditEntry entry) {
        locked(() -> {
            byte[] k = keyForWriting();
            Optional<Seal> seal = readSeal().filter(s -> s.holds(k));
            Optional<AuditLine> last = lastLine();
            AuditLine line;
            if (seal.isPresent()) {
                Seal s = seal.get();
                if (last.isPresent() && interruptedAfter(s, last.get())) {
                    s = Seal.of(last.get().number(), last.get().hash(), k);
                }
                // Chained to the seal, not to whatever the file ends with, so a cut-off tail stays visible.
                line = AuditLine.chain(s.number() + 1, cipher.seal(s.number() + 1, entry), s.hash());
                append(line);
                writeSeal(Seal.of(line.number(), line.hash(), k));
            } else {
                // The seal is gone or not this case's: still record, and leave the bad seal for verify to report.
                long number = last.map(l -> l.number() + 1).orElse(1L);
                line = AuditLine.chain(
                        number,
                        cipher.seal(number, entry),
                        last.map(AuditLine::hash).orElse(AuditLine.GENESIS));
                append(line);
            }
            return null;
        });
    }

    @Override
    public List<RecordedEntry> entries() {
        return locked(() -> {
            List<RecordedEntry> out = new ArrayList<>();
            for (String text : lines())
                AuditLine.parse(text).flatMap(this::opened).ifPresent(out::add);
            return out;
        });
    }

    @Override
    public AuditCheck verify() {
        return locked(this::check);
    }

    private AuditCheck check() throws IOException {
        long expected = 1;
        String previous = AuditLine.GENESIS;
        long count = 0;
        for (String text : lines()) {
            Optional<AuditLine> parsed = AuditLine.parse(text);
            if (parsed.isEmpty()) {
                return AuditCheck.broken(
                        count, expected, "entry " + expected + " cannot be read: its line was changed or cut");
            }
            AuditLine l = parsed.get();
            if (l.number() != expected) {
                return AuditCheck.broken(
                        count,
                        expected,
                        "entry " + expected + " is missing or out of place: entry " + l.number()
                                + " stands where it should be");
            }
            if (!l.hashHolds() || opened(l).isEmpty()) {
                return AuditCheck.broken(count, expected, "entry " + expected + " was altered after it was recorded");
            }
            if (!l.previous().equals(previous)) {
                return AuditCheck.broken(
                        count,
                        expected,
                        "entry " + expected + " is not chained to entry " + (expected - 1)
                                + ": one of them was rewritten or replaced");
            }
            previous = l.hash();
            expected++;
            count++;
        }
        Optional<byte[]> k = key.read();
        if (k.isEmpty()) {
            return AuditCheck.broken(
                    count, 0, "the audit key (keys/audit.key) is missing, so the seal cannot be checked");
        }
        Optional<Seal> seal = readSeal();
        if (seal.isEmpty()) return AuditCheck.broken(count, 0, "the seal of the log (audit/head) is missing");
        Seal s = seal.get();
        if (!s.holds(k.get())) {
            return AuditCheck.broken(
                    count, 0, "the seal of the log (audit/head) was not made with this case's key: it was replaced");
        }
        if (s.number() > count) {
            return AuditCheck.broken(
                    count,
                    count + 1,
                    (s.number() == count + 1
                                    ? "entry " + (count + 1) + " was"
                                    : "entries " + (count + 1) + " to " + s.number() + " were")
                            + " cut off the end of the log");
        }
        if (s.number() < count) {
            return AuditCheck.broken(
                    count,
                    s.number() + 1,
                    "entry " + (s.number() + 1) + " is not sealed: it was added by hand or its write was interrupted");
        }
        if (!s.hash().equals(previous)) {
            return AuditCheck.broken(
                    count, count, "entry " + count + " is not the entry that was sealed: the log was rewritten");
        }
        return AuditCheck.intact(count);
    }

    /** The entry as recorded, or empty when a sealed field fails its check (verify names it). */
    private Optional<RecordedEntry> opened(AuditLine line) {
        try {
            return Optional.of(new RecordedEntry(line.number(), cipher.open(line.number(), line.entry())));
        } catch (DamagedValueException e) {
            return Optional.empty();
        }
    }

    /** A line that was written but whose seal was not (the process stopped in between): it is sound, seal it. */
    private static boolean interruptedAfter(Seal seal, AuditLine last) {
        return last.number() == seal.number() + 1 && last.previous().equals(seal.hash()) && last.hashHolds();
    }

    private byte[] keyForWriting() throws IOException {
        Optional<byte[]> k = key.read();
        if (k.isPresent()) return k.get();
        if (key.exists()) throw new IOException("the audit key of this case is damaged (not 32 bytes)");
        byte[] made = key.create();
        // A new case: seal the empty chain, so deleting the whole log later shows too.
        if (!Files.exists(log) && !Files.exists(head)) writeSeal(Seal.of(0, AuditLine.GENESIS, made));
        return made;
    }

    private Optional<Seal> readSeal() throws IOException {
        if (!Files.exists(head)) return Optional.empty();
        return Seal.parse(Files.readString(head, StandardCharsets.UTF_8));
    }

    private void writeSeal(Seal seal) throws IOException {
        Path tmp = head.resolveSibling("head.tmp");
        try (FileChannel ch = FileChannel.open(
                tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(ByteBuffer.wrap(seal.text().getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
        Files.move(tmp, head, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void append(AuditLine line) throws IOException {
        try (FileChannel ch =
                FileChannel.open(log, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            // A line cut by a crash stays as it is (verify names it); the new one starts on its own line.
            String text = (size > 0 && !endsWithNewline(ch, size) ? "\n" : "") + line.text() + "\n";
            ch.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), size);
            ch.force(true);
        }
    }

    private static boolean endsWithNewline(FileChannel ch, long size) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        ch.read(one, size - 1);
        return one.get(0) == '\n';
    }

    private List<String> lines() throws IOException {
        if (!Files.exists(log)) return List.of();
        String all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(List.of(all.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out;
    }

    /** The last line, read from the end of the file: a long log is not read whole for every entry. */
    private Optional<AuditLine> lastLine() throws IOException {
        if (!Files.exists(log)) return Optional.empty();
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            long size = f.length();
            int window = 8192;
            while (true) {
                long start = Math.max(0, size - window);
                byte[] bytes = new byte[(int) (size - start)];
                f.seek(start);
                f.readFully(bytes);
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (text.endsWith("\n")) text = text.substring(0, text.length() - 1);
                int nl = text.lastIndexOf('\n');
                if (nl >= 0 || start == 0) {
                    String line = text.substring(nl + 1);
                    return line.isEmpty() ? Optional.empty() : AuditLine.parse(line);
                }
                window *= 4;
            }
        }
    }

    private interface Work<T> {
        T run() throws IOException;
    }

    private <T> T locked(Work<T> work) {
        ReentrantLock mine =
                IN_PROCESS.computeIfAbsent(lockFile.toAbsolutePath().normalize(), p -> new ReentrantLock());
        mine.lock();
        try {
            Files.createDirectories(lockFile.getParent());
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = ch.lock();
                try {
                    return work.run();
                } finally {
                    lock.release();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the audit log of this case cannot be written: " + e.getMessage(), e);
        } finally {
            mine.unlock();
        }
    }
}
