package org.redress.app.wiring;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.redress.ingest.pipeline.Reindex;
import org.redress.store.crypto.CaseKeys;
import org.redress.store.sqlite.SqliteSnapshot;

/**
 * A case folder as one zip, taken while {@code serve} or {@code ingest} may be running, and put back.
 *
 * <p>Consistent because of the order: keys and manifests first, then a {@code VACUUM INTO} snapshot of the database,
 * then the originals. Originals are never changed and are stored before the database names them, and a manifest is
 * written only after the database holds what it lists, so everything the copied manifests list is in the copied
 * database and everything it lists is among the copied originals. The search index is left out: restore rebuilds it
 * from the database.
 *
 * <p>Encrypted: an encrypted case's files are already ciphertext (its database columns, originals, audit log and
 * manifests, under the key that {@code keys/case-key.json} wraps), so its zip holds them as they are and needs its
 * passphrase to be used. A plain case's zip is encrypted as a whole under a passphrase ({@link PassphraseFiles}),
 * unless {@code --plain} asks for it unencrypted.
 */
public final class CaseBackup {
    /** What backup or restore copied. */
    public record Summary(long originals, long manifests, long files) {}

    private static final String DATABASE = "case.db";
    /** Rebuilt, temporary or copied by snapshot, so never copied as files. */
    private static final Set<String> SKIPPED =
            Set.of("index", "work", DATABASE, DATABASE + "-wal", DATABASE + "-shm", DATABASE + "-journal", "originals");

    private CaseBackup() {}

    /** A plain case's backup is encrypted under a passphrase; an encrypted case's holds its ciphertext. */
    public static Summary backup(Path caseDir, Path zipFile) throws IOException {
        return backup(caseDir, zipFile, false);
    }

    /** With {@code plainZip}, a plain case's zip is written unencrypted, as asked. */
    public static Summary backup(Path caseDir, Path zipFile, boolean plainZip) throws IOException {
        if (!Files.isRegularFile(caseDir.resolve(CaseFolder.MARKER)))
            throw new CaseException("'" + caseDir + "' is not a Redress case");
        CaseInterruption.refuseIfInterrupted(caseDir);
        boolean encrypted = CaseKeys.isEncrypted(caseDir);
        if (encrypted && plainZip)
            throw new CaseException("--plain is for plain cases: the backup of an encrypted case holds its files as"
                    + " they are, encrypted");
        if (encrypted) CaseKeyring.unlock(caseDir); // a wrong passphrase stops here, before anything is written
        char[] passphrase = encrypted || plainZip ? null : CaseKeyring.backupPassphrase(true);
        Path parent = zipFile.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".backup-", ".tmp");
        Path snapshot = Files.createTempDirectory(parent, ".backup-db-").resolve(DATABASE);
        long[] counts = new long[3];
        try (ZipOutputStream zip = new ZipOutputStream(PassphraseFiles.create(temp, passphrase))) {
            // 1. keys, manifests and the case's own files (claims, kinds, laws): before the database
            try (Stream<Path> top = Files.list(caseDir)) {
                for (Path p : top.sorted().toList()) {
                    String name = p.getFileName().toString();
                    if (SKIPPED.contains(name) || name.startsWith(".")) continue;
                    counts[2] += addTree(zip, caseDir, p, name.equals("manifests") ? counts : null);
                }
            }
            // 2. the database as of one moment
            SqliteSnapshot.copy(caseDir.resolve(DATABASE), snapshot);
            add(zip, DATABASE, snapshot);
            // 3. the originals, which include every one the snapshot names
            Path originals = caseDir.resolve("originals");
            if (Files.isDirectory(originals)) counts[0] = addTree(zip, caseDir, originals, null);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        } finally {
            Files.deleteIfExists(snapshot);
            Files.deleteIfExists(snapshot.getParent());
        }
        Files.move(temp, zipFile, StandardCopyOption.REPLACE_EXISTING);
        return new Summary(counts[0], counts[1], counts[0] + counts[2] + 1);
    }

    /** Adds every regular file under {@code dir}, skipping files still being written (".incoming-…"). */
    private static long addTree(ZipOutputStream zip, Path root, Path dir, long[] manifestCount) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && !p.getFileName().toString().startsWith(".")) files.add(p);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
                // A file gone while the tree was read was one being written (an ingest renames its ".incoming-…"
                // into place): an original or a manifest is never removed, so nothing the backup needs is lost.
                if (e instanceof NoSuchFileException) return FileVisitResult.CONTINUE;
                throw e;
            }
        });
        Collections.sort(files);
        for (Path p : files) {
            add(zip, root.relativize(p).toString().replace('\\', '/'), p);
            if (manifestCount != null && p.getFileName().toString().endsWith(".json")) manifestCount[1]++;
        }
        return files.size();
    }

    private static void add(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
    }

    /** Unpacks a backup into a new or empty folder, makes originals and manifests read-only, rebuilds the index. */
    public static Summary restore(Path zipFile, Path caseDir) throws IOException {
        if (!Files.isRegularFile(zipFile)) throw new CaseException("'" + zipFile + "' does not exist");
        if (Files.exists(caseDir)) {
            try (Stream<Path> entries = Files.list(caseDir)) {
                if (entries.findAny().isPresent())
                    throw new CaseException("'" + caseDir + "' is not empty; restore into a new or empty folder");
            }
        }
        InputStream source;
        if (PassphraseFiles.encrypted(zipFile)) {
            char[] passphrase = CaseKeyring.backupPassphrase(false);
            try {
                source = PassphraseFiles.open(zipFile, passphrase); // wrong: stops before anything is written
            } finally {
                java.util.Arrays.fill(passphrase, '\0');
            }
        } else {
            source = PassphraseFiles.open(zipFile, null);
        }
        Files.createDirectories(caseDir);
        Path root = caseDir.toAbsolutePath().normalize();
        long originals = 0;
        long manifests = 0;
        long files = 0;
        boolean marker = false;
        try (ZipInputStream zip = new ZipInputStream(source)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                Path target = root.resolve(e.getName()).normalize();
                if (!target.startsWith(root) || target.equals(root))
                    throw new CaseException("'" + zipFile + "' is not a Redress backup: it writes outside the case ("
                            + e.getName() + ")");
                if (e.isDirectory()) continue;
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    copy(zip, out);
                }
                files++;
                String top = root.relativize(target).getName(0).toString();
                if (top.equals("originals") || top.equals("manifests"))
                    target.toFile().setReadOnly();
                if (top.equals("originals")) originals++;
                if (top.equals("manifests") && e.getName().endsWith(".json")) manifests++;
                if (e.getName().equals(CaseFolder.MARKER)) marker = true;
            }
        }
        if (!marker) throw new CaseException("'" + zipFile + "' is not a Redress backup: it holds no case");
        try (CaseServices c = CaseServices.open(caseDir)) {
            Reindex.run(c.documents(), c.index());
        }
        return new Summary(originals, manifests, files);
    }

    private static void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) out.write(buffer, 0, n);
    }
}
