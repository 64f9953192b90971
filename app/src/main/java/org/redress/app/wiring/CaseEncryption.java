package org.redress.app.wiring;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.redress.core.audit.AuditCheck;
import org.redress.core.audit.RecordedEntry;
import org.redress.core.corpus.Sha256;
import org.redress.core.custody.StoredManifest;
import org.redress.search.crypto.EncryptedDirectory;
import org.redress.store.audit.FileAuditLog;
import org.redress.store.blob.EncryptedBlobStore;
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.CaseKeys;
import org.redress.store.crypto.ColumnCipher;
import org.redress.store.crypto.KeyUse;
import org.redress.store.custody.FileManifestStore;
import org.redress.store.sqlite.ColumnEncryption;

/**
 * {@code redress encrypt}: turns a plain case into an encrypted one, so that a kill at any moment loses nothing.
 *
 * <ol>
 *   <li>The encrypted copy is built in {@code .encrypting/} inside the case, from the plain parts, which are only
 *       read: a new key, the database (every content column, {@link ColumnEncryption}), the originals, the index
 *       files, the audit log (every entry, sealed, in a new chain) and the manifests. A run that stops here leaves
 *       the case as it was; the next run throws the half-made copy away and starts again.
 *   <li>{@code .encrypting/READY} is written and forced to disk. From then on the case cannot be opened
 *       ({@link CaseInterruption}) and every run only finishes the swap.
 *   <li>The swap, part by part: the plain part moves to {@code .plain-old/}, the encrypted one into its place; each
 *       step is a rename, and a run after a crash sees which renames are done. The key file comes last: until it is
 *       in place, the case is not yet encrypted.
 *   <li>The plain parts, the plain work files and {@code .encrypting/} are deleted, READY last.
 * </ol>
 */
public final class CaseEncryption {
    /** A named point of the conversion: tests stop the run there to stand for a crash. */
    interface Checkpoint {
        void reached(String step) throws IOException;
    }

    /** What the conversion did. */
    public record Summary(long originals, long manifests, long auditEntries, boolean resumed) {}

    static final String OLD = ".plain-old";
    private static final String DATABASE = "case.db";
    /** The encrypted parts, moved into place in this order; the key file after them. */
    static final List<String> PARTS = List.of(DATABASE, "originals", "index", "audit", "manifests");
    /** Plain files that have no encrypted counterpart and go with the plain parts. */
    private static final List<String> PLAIN_ONLY =
            List.of(DATABASE + "-wal", DATABASE + "-shm", DATABASE + "-journal", "keys/audit.key");

    private CaseEncryption() {}

    public static Summary encrypt(Path root) throws IOException {
        return encrypt(root, step -> {});
    }

    @SuppressWarnings("try") // the index lock is held for the whole conversion, never read
    static Summary encrypt(Path root, Checkpoint checkpoint) throws IOException {
        if (!Files.isRegularFile(root.resolve(CaseFolder.MARKER)))
            throw new CaseException("'" + root + "' is not a Redress case");
        Path work = root.resolve(CaseInterruption.WORK);
        if (CaseInterruption.interrupted(root)) {
            swap(root, work, checkpoint);
            return new Summary(0, 0, 0, true);
        }
        if (CaseKeys.isEncrypted(root)) throw new CaseException("'" + root + "' is already encrypted");
        try (Directory plainIndex = FSDirectory.open(root.resolve("index"));
                Lock busy = lockIndex(plainIndex, root)) {
            deleteTree(work); // a copy an earlier run did not finish
            Files.createDirectories(work);
            CaseKey key = CaseKeyring.create(work);
            checkpoint.reached("key");
            Summary made = copy(root, work, key, plainIndex, checkpoint);
            ready(work);
            checkpoint.reached("ready");
            swap(root, work, checkpoint);
            CaseKeyring.remember(root, key);
            // The case's own configuration files: sealed in place now the key is; a crash before this leaves them
            // to the first open of the case, which seals what it finds in the clear.
            org.redress.store.config.CaseConfigFiles.of(root, key).sealPlainFiles();
            return made;
        }
    }

    private static Lock lockIndex(Directory index, Path root) throws IOException {
        try {
            return index.obtainLock("write.lock"); // an ingest holds it while it runs
        } catch (LockObtainFailedException busy) {
            throw new CaseException(
                    "An ingest or a served case is writing to '" + root + "'; stop it, then run redress encrypt again");
        }
    }

    private static Summary copy(Path root, Path work, CaseKey key, Directory plainIndex, Checkpoint checkpoint)
            throws IOException {
        AuditCheck check = FileAuditLog.of(root).verify();
        if (!check.isIntact())
            throw new CaseException("The audit log of this case is not intact (" + check.problem()
                    + "); encrypting it would seal over the damage, so nothing was changed");
        ColumnEncryption.encryptedCopy(root.resolve(DATABASE), work.resolve(DATABASE), ColumnCipher.of(key));
        checkpoint.reached("database");

        long originals = 0;
        EncryptedBlobStore blobs = new EncryptedBlobStore(work.resolve("originals"), key);
        Path plainOriginals = root.resolve("originals");
        if (Files.isDirectory(plainOriginals)) {
            try (Stream<Path> walk = Files.walk(plainOriginals)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    String sha = file.getFileName().toString();
                    if (!Sha256.isHex(sha)) continue; // a write a crash cut short (".incoming-…")
                    blobs.put(sha, file); // re-hashed on the way: a damaged original is not carried over
                    originals++;
                    if (originals == 1) checkpoint.reached("first original");
                }
            }
        }
        checkpoint.reached("originals");

        byte[] indexKey = key.subkey(KeyUse.INDEX);
        try (Directory encrypted = new EncryptedDirectory(FSDirectory.open(work.resolve("index")), indexKey)) {
            List<String> files = Stream.of(plainIndex.listAll())
                    .filter(n -> !n.equals("write.lock"))
                    .toList();
            for (String name : files) encrypted.copyFrom(plainIndex, name, name, IOContext.DEFAULT);
            encrypted.sync(files);
            encrypted.syncMetaData();
        } finally {
            java.util.Arrays.fill(indexKey, (byte) 0);
        }
        checkpoint.reached("index");

        List<RecordedEntry> entries = FileAuditLog.of(root).entries();
        FileAuditLog log = FileAuditLog.of(work, key);
        log.startNew();
        for (RecordedEntry e : entries) log.record(e.entry());
        checkpoint.reached("audit");

        List<StoredManifest> manifests = new FileManifestStore(root.resolve("manifests")).all();
        FileManifestStore sealed = new FileManifestStore(work.resolve("manifests"), key);
        for (StoredManifest m : manifests)
            sealed.save(m.sourceId(), m.version(), m.json(), m.signature() == null ? new byte[0] : m.signature());
        checkpoint.reached("manifests");
        return new Summary(originals, manifests.size(), entries.size(), false);
    }

    private static void ready(Path work) throws IOException {
        Path ready = work.resolve(CaseInterruption.READY);
        try (FileChannel ch = FileChannel.open(ready, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(
                    "the encrypted copy is complete\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            ch.force(true);
        }
        force(work);
    }

    /** Puts every encrypted part in place; run again after a crash, it does what is left. */
    private static void swap(Path root, Path work, Checkpoint checkpoint) throws IOException {
        Path old = Files.createDirectories(root.resolve(OLD));
        for (String plainOnly : PLAIN_ONLY) moveAside(root, old, plainOnly);
        for (String part : PARTS) {
            Path encrypted = work.resolve(part);
            if (!Files.exists(encrypted)) continue; // moved in by an earlier run
            moveAside(root, old, part);
            checkpoint.reached("aside " + part);
            move(encrypted, root.resolve(part));
            checkpoint.reached("in " + part);
        }
        Path keyFile = work.resolve("keys/case-key.json");
        if (Files.exists(keyFile)) {
            Files.createDirectories(root.resolve("keys"));
            move(keyFile, root.resolve("keys/case-key.json"));
        }
        checkpoint.reached("key in place");
        deleteTree(old);
        deleteTree(root.resolve("work")); // the plain work files of earlier ingests
        checkpoint.reached("plain parts removed");
        Files.deleteIfExists(work.resolve(CaseInterruption.READY));
        deleteTree(work);
    }

    private static void moveAside(Path root, Path old, String part) throws IOException {
        Path plain = root.resolve(part);
        if (!Files.exists(plain)) return;
        Path aside = old.resolve(part);
        Files.createDirectories(aside.getParent());
        deleteTree(aside); // an earlier run's: the plain part is the same
        move(plain, aside);
    }

    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        force(to.getParent());
    }

    private static void force(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException notSupported) {
            // not every file system opens a folder; the renames are atomic all the same
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true); // originals and manifests are read-only
                Files.deleteIfExists(p);
            }
        }
    }
}
