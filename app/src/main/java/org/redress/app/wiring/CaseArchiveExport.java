package org.redress.app.wiring;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.redress.app.json.Json;
import org.redress.core.audit.RecordedEntry;
import org.redress.store.sqlite.CaseDatabase;
import org.redress.store.sqlite.CaseTables;

/**
 * Writes a {@link CaseArchive} of an open case, of either backend. The tables are read in one transaction, so they
 * are the case as of one moment while a worker or the web server goes on; the originals after them, since every
 * original is stored before the database names it. Encrypted under a passphrase unless asked plain, and written
 * through a temporary file beside the target (never in the system's temporary folder), renamed when complete.
 */
public final class CaseArchiveExport {
    /** One JSON object a line, whatever the shared mapper indents. */
    private static final com.fasterxml.jackson.databind.ObjectWriter LINE =
            Json.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    private CaseArchiveExport() {}

    /** Exports {@code source} to {@code file}; {@code plain} writes the archive unencrypted, as asked. */
    public static CaseArchive.Manifest export(CaseBackend source, Path file, boolean plain) throws IOException {
        if (Files.isDirectory(file)) throw new CaseException("'" + file + "' is a folder; name the archive's file");
        if (plain && source.encrypted())
            throw new CaseException("--plain is for plain cases: an encrypted case's archive is encrypted too, under a"
                    + " passphrase");
        char[] passphrase = plain ? null : CaseKeyring.backupPassphrase(true);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".case-archive-", ".tmp");
        CaseArchive.Manifest manifest;
        try (ZipOutputStream zip = new ZipOutputStream(PassphraseFiles.create(temp, passphrase))) {
            manifest = write(source, zip);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        return manifest;
    }

    private static CaseArchive.Manifest write(CaseBackend source, ZipOutputStream zip) throws IOException {
        List<CaseArchive.Entry> entries = new ArrayList<>();
        TreeSet<String> originals = new TreeSet<>();
        try (CaseDatabase db = source.stores().openDatabase()) {
            CaseTables.snapshot(db, h -> {
                for (String table : CaseTables.TABLES) {
                    entries.add(entry(
                            zip,
                            CaseArchive.tableEntry(table),
                            out -> CaseTables.read(h, db, table, row -> {
                                collectOriginals(table, row, originals);
                                line(out, row);
                            })));
                }
            });
        }
        for (String sha : originals) {
            if (!source.blobs().contains(sha)) continue; // an attachment named by a letter, never received
            entries.add(entry(zip, CaseArchive.ORIGINALS + sha, out -> {
                try (InputStream in = source.blobs().open(sha)) {
                    in.transferTo(out);
                }
            }));
        }
        for (String name : source.config().names()) {
            String text = source.config().read(name).orElseThrow();
            entries.add(entry(zip, CaseArchive.CONFIG + name, out -> out.write(text.getBytes(StandardCharsets.UTF_8))));
        }
        List<RecordedEntry> audit = source.auditLog().entries();
        entries.add(entry(zip, CaseArchive.AUDIT, out -> {
            for (RecordedEntry r : audit) line(out, org.redress.app.json.AuditJson.entry(r));
        }));
        CaseArchive.Manifest manifest = new CaseArchive.Manifest(
                CaseArchive.FORMAT,
                CaseArchive.VERSION,
                source.name(),
                Instant.now().toString(),
                CaseArchive.counts(entries),
                entries);
        zip.putNextEntry(new ZipEntry(CaseArchive.MANIFEST));
        zip.write(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        return manifest;
    }

    /** The originals a row names: a document's own, and the files attached to a request's letters. */
    private static void collectOriginals(String table, Map<String, Object> row, TreeSet<String> originals) {
        Object sha = switch (table) {
            case "documents" -> row.get("id");
            case "request_attachments" -> row.get("sha256");
            default -> null;
        };
        if (sha != null && !sha.toString().isEmpty()) originals.add(sha.toString());
    }

    private static void line(OutputStream out, Map<String, Object> row) {
        try {
            out.write(LINE.writeValueAsBytes(row));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Body {
        void write(CountingDigest out) throws IOException;
    }

    private static CaseArchive.Entry entry(ZipOutputStream zip, String name, Body body) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            CountingDigest out = new CountingDigest(zip);
            body.write(out);
            zip.closeEntry();
            return new CaseArchive.Entry(name, name.endsWith(".jsonl") ? out.lines : 0, out.bytes, out.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Passes bytes on to the zip, counting them and their lines and hashing them; never closes the zip. */
    static final class CountingDigest extends FilterOutputStream {
        private final MessageDigest digest = org.redress.core.corpus.Sha256.newDigest();
        long bytes;
        long lines;

        CountingDigest(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            bytes++;
            if (b == '\n') lines++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            bytes += len;
            for (int i = off; i < off + len; i++) if (b[i] == '\n') lines++;
        }

        @Override
        public void close() {}

        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
