package org.redress.app.wiring;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.redress.app.json.Json;
import org.redress.core.audit.AuditEntry;
import org.redress.core.corpus.Sha256;
import org.redress.ingest.pipeline.Reindex;
import org.redress.store.sqlite.CaseDatabase;
import org.redress.store.sqlite.CaseTables;

/**
 * Reads a {@link CaseArchive} into a new case of either backend: the whole archive is checked against its manifest
 * first (every entry's SHA-256, bytes and rows, nothing missing and nothing more), then written through the new
 * case's database in one transaction, its originals into its blob store, its files and its audit history, and its
 * pages indexed again from the database. A failure at any point drops the new case, so no half case stays.
 */
public final class CaseArchiveImport {
    private static final TypeReference<Map<String, Object>> ROW = new TypeReference<>() {};

    /** A case made for the import, and how to remove it all again. */
    public interface NewCase {
        /** Refuses when a case is already there: an import never merges. */
        void refuseIfTaken() throws IOException;

        /** Makes the case. */
        CaseBackend create() throws IOException;

        /** Removes everything {@link #create} made. */
        void drop();
    }

    private CaseArchiveImport() {}

    /** Checks {@code file}, then makes the case and fills it; returns the manifest it was checked against. */
    public static CaseArchive.Manifest importInto(Path file, NewCase target) throws IOException {
        if (!Files.isRegularFile(file)) throw new CaseException("'" + file + "' does not exist");
        char[] passphrase = PassphraseFiles.encrypted(file) ? CaseKeyring.backupPassphrase(false) : null;
        try {
            target.refuseIfTaken();
            CaseArchive.Manifest manifest = CaseArchiveCheck.check(file, passphrase);
            CaseBackend made = null;
            try {
                made = target.create();
                fill(made, file, passphrase, manifest);
                Reindex.run(made.store(), made.index());
                made.close();
            } catch (IOException | RuntimeException | Error e) {
                try {
                    if (made != null) made.close();
                    target.drop();
                } catch (RuntimeException dropping) {
                    e.addSuppressed(dropping);
                }
                throw e;
            }
            return manifest;
        } finally {
            if (passphrase != null) java.util.Arrays.fill(passphrase, '\0');
        }
    }

    private static void fill(CaseBackend made, Path file, char[] passphrase, CaseArchive.Manifest manifest)
            throws IOException {
        Map<String, CaseArchive.Entry> expected = new LinkedHashMap<>();
        for (CaseArchive.Entry e : manifest.entries()) expected.put(e.name(), e);
        List<AuditEntry> history = new java.util.ArrayList<>();
        try (CaseDatabase db = made.stores().openDatabase();
                ZipInputStream zip = new ZipInputStream(CaseArchiveCheck.open(file, passphrase))) {
            CaseTables.Writer writer = CaseTables.writer(db);
            try {
                for (ZipEntry z; (z = zip.getNextEntry()) != null; ) {
                    String name = z.getName();
                    if (name.equals(CaseArchive.MANIFEST)) continue;
                    CaseArchive.Entry entry = expected.get(name);
                    if (entry == null) throw CaseArchiveCheck.altered(name);
                    MessageDigest digest = Sha256.newDigest();
                    InputStream in = new DigestInputStream(zip, digest);
                    if (name.startsWith(CaseArchive.TABLES)) rows(in, row -> insert(writer, table(name), row));
                    else if (name.startsWith(CaseArchive.ORIGINALS)) original(made, name, in);
                    else if (name.startsWith(CaseArchive.CONFIG))
                        made.config()
                                .write(
                                        name.substring(CaseArchive.CONFIG.length()),
                                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    else rows(in, row -> history.add(imported(row)));
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                    // The file may have changed since it was checked: what is written must still be what was.
                    if (!HexFormat.of().formatHex(digest.digest()).equals(entry.sha256()))
                        throw CaseArchiveCheck.altered(name);
                }
                writer.commit();
            } catch (IOException | RuntimeException e) {
                writer.rollback();
                throw e;
            }
        }
        for (AuditEntry e : history) made.auditLog().record(e);
    }

    /**
     * One row into the new case; one the database does not take (a column it lacks, a broken reference, a duplicate
     * id) ends the import as the user's mistake, naming the table and never a value.
     */
    private static void insert(CaseTables.Writer writer, String table, Map<String, Object> row) {
        try {
            writer.insert(table, row);
        } catch (IllegalArgumentException | org.jdbi.v3.core.JdbiException e) {
            throw new org.redress.core.UserMistake(
                    "the case archive holds a row of " + table + " that this case's database does not take;"
                            + " nothing was imported",
                    e);
        }
    }

    private static String table(String entry) {
        return entry.substring(CaseArchive.TABLES.length(), entry.length() - ".jsonl".length());
    }

    private static void rows(InputStream in, java.util.function.Consumer<Map<String, Object>> row) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = lines.readLine()) != null; ) {
            Map<String, Object> values;
            try {
                values = Json.MAPPER.readValue(line, ROW);
            } catch (com.fasterxml.jackson.core.JacksonException e) { // its message would quote the line
                throw new CaseException("the case archive holds a line that is not a JSON row; nothing was imported");
            }
            for (Object v : values.values())
                if (v instanceof Map || v instanceof List)
                    throw new CaseException("the case archive holds a row that is not a row of a table");
            row.accept(values);
        }
    }

    /** Staged in the case's own work folder (in memory for an encrypted case), then stored by its digest. */
    private static void original(CaseBackend made, String name, InputStream in) throws IOException {
        String sha = name.substring(CaseArchive.ORIGINALS.length());
        Path work = Files.createDirectories(made.workDir());
        Path staged = Files.createTempFile(work, ".import-", ".tmp");
        try {
            Files.copy(in, staged, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            if (!Sha256.of(staged).equals(sha)) throw CaseArchiveCheck.altered(name);
            made.blobs().put(sha, staged);
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    /** An entry of the archived log, appended as history: as it was, its origin marked as imported. */
    private static AuditEntry imported(Map<String, Object> row) {
        try {
            return new AuditEntry(
                    Instant.parse(text(row, "at")),
                    text(row, "who"),
                    "imported/" + text(row, "from"),
                    text(row, "action"),
                    text(row, "target"),
                    text(row, "detail"));
        } catch (RuntimeException e) {
            throw new CaseException("the case archive holds an audit entry that cannot be read; nothing was imported");
        }
    }

    private static String text(Map<String, Object> row, String key) {
        Object v = row.get(key);
        if (v == null) throw new IllegalArgumentException(key);
        return v.toString();
    }
}
