package org.redress.app.wiring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.redress.core.port.AuditLog;
import org.redress.core.port.BlobStore;
import org.redress.core.port.EntityRecognizer;
import org.redress.core.port.ManifestStore;
import org.redress.core.port.SearchIndex;
import org.redress.core.port.SigningKey;
import org.redress.nlp.CoreNlpRecognizer;
import org.redress.search.LuceneSearchIndex;
import org.redress.store.audit.FileAuditLog;
import org.redress.store.blob.EncryptedBlobStore;
import org.redress.store.blob.FileBlobStore;
import org.redress.store.config.CaseConfigFiles;
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.CaseKeys;
import org.redress.store.crypto.ColumnCipher;
import org.redress.store.crypto.KeyUse;
import org.redress.store.custody.FileManifestStore;
import org.redress.store.custody.FileSigningKey;
import org.redress.store.sqlite.SqliteDatabase;

/**
 * An embedded case: one folder holding the database, the search index and the originals.
 * This is where the adapters are chosen; everything else sees only the ports. An encrypted case (one with
 * {@code keys/case-key.json}) is unlocked here, through {@link CaseKeyring}, before anything of it is opened, and
 * each adapter gets its subkey: the database's {@link ColumnCipher}, the originals' and the index's streaming
 * ciphers, the audit log's and the manifests' sealing; its work files go to a {@link RamWorkFolder}.
 */
public final class CaseFolder implements CaseBackend {
    static final String MARKER = "redress-case.txt";
    private static final String ORGANISATIONS = "organisations.txt";
    /** What a new case's table of mail domains says: how to fill it, with no entry. */
    private static final String ORGANISATIONS_EXAMPLE = """
            # Mail domains of the case: one per line, 'domain = organisation' or 'domain = organisation, level'.
            # Levels: field office, area office (or regional), headquarters, other agency. A subdomain belongs to
            # the domain above it. Lines starting with # are comments. For example:
            # dmv.example.gov = Department of Motor Vehicles, other agency
            # ice.example.gov = Immigration Agency, headquarters
            # field.ice.example.gov = Immigration Agency, field office
            """;

    private final Path root;
    /** The key of an encrypted case; null for a plain one. */
    private final CaseKey key;

    private final ColumnCipher cipher;
    private final CaseConfigFiles config;
    private final CaseStores stores;
    private final BlobStore blobs;
    private final SearchIndex index;
    /** The index and the originals as the acting role may see them ({@link CaseStores#visibility}). */
    private final SearchIndex visibleIndex;

    private final BlobStore visibleBlobs;
    private final org.redress.core.search.PageSetFields pageSetFields = new org.redress.core.search.PageSetFields();
    private SigningKey custodyKey;
    private RamWorkFolder ramWork;
    private EntityRecognizer recognizer;

    private CaseFolder(Path root, CaseKey key) throws IOException {
        this.root = root;
        this.key = key;
        this.cipher = key == null ? ColumnCipher.PLAIN : ColumnCipher.of(key);
        this.config = CaseConfigFiles.of(root, key);
        config.sealPlainFiles(); // an encrypted case's: left by redress encrypt, an older case, or put there by hand
        this.stores = new CaseStores(this::database);
        this.blobs = key == null
                ? new FileBlobStore(root.resolve("originals"))
                : new EncryptedBlobStore(root.resolve("originals"), key);
        byte[] indexKey = key == null ? null : key.subkey(KeyUse.INDEX);
        try {
            this.index = new LuceneSearchIndex(root.resolve("index"), indexKey, pageSetFields);
        } finally {
            if (indexKey != null) java.util.Arrays.fill(indexKey, (byte) 0);
        }
        this.visibleIndex = stores.visibility().index(index);
        this.visibleBlobs = stores.visibility().originals(blobs);
    }

    /** Makes a new plain case folder (or reopens an existing one without harm). */
    public static CaseFolder init(Path root) throws IOException {
        return init(root, false);
    }

    /**
     * Makes a new case folder, encrypted when asked (the passphrase is asked for once, twice on a terminal), or
     * reopens an existing one without harm. An existing plain case is not encrypted by this: that is
     * {@code redress encrypt}, which converts what it holds.
     */
    public static CaseFolder init(Path root, boolean encrypt) throws IOException {
        Files.createDirectories(root);
        Path marker = root.resolve(MARKER);
        CaseKey key = null;
        if (!Files.exists(marker)) {
            try (var entries = Files.list(root)) {
                // keys/ alone: an earlier init --encrypt stopped between making the key and the marker
                if (entries.anyMatch(
                        p -> !(encrypt && p.getFileName().toString().equals("keys")))) {
                    throw new CaseException("'" + root
                            + "' is a folder with other files in it; choose an empty or new folder for a case");
                }
            }
            // The key before the marker: the database is encrypted from its first write.
            if (encrypt) key = CaseKeys.isEncrypted(root) ? CaseKeyring.unlock(root) : CaseKeyring.create(root);
            if (key != null) FileAuditLog.of(root, key).startNew();
            Files.writeString(
                    marker, "This folder is a Redress case. Keep it private: it holds the case's originals.\n");
        } else {
            CaseInterruption.refuseIfInterrupted(root);
            if (CaseKeys.isEncrypted(root)) key = CaseKeyring.unlock(root);
            else if (encrypt)
                throw new CaseException("'" + root + "' is already a plain case; encrypt what it holds with: redress"
                        + " encrypt --case " + root);
        }
        // The audit key (a plain case's) and the seal of the empty log, so that removing the whole log later shows.
        (key == null ? FileAuditLog.of(root) : FileAuditLog.of(root, key)).prepare();
        CaseFolder folder = new CaseFolder(root, key);
        if (folder.config.read(ORGANISATIONS).isEmpty()) folder.config.write(ORGANISATIONS, ORGANISATIONS_EXAMPLE);
        folder.custodyKey(); // made at init, so the case's public key can be published before any intake
        return folder;
    }

    public static CaseFolder open(Path root) throws IOException {
        requireCase(root);
        return new CaseFolder(root, keyOf(root));
    }

    /** The audit log of the case in {@code root}, without opening its database or index. */
    public static AuditLog auditLogOf(Path root) {
        requireCase(root);
        try {
            CaseKey key = keyOf(root);
            return key == null ? FileAuditLog.of(root) : FileAuditLog.of(root, key);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The configuration files of the case in {@code root} without opening its database or index (unlocked as every
     * command unlocks the case); plain files left in an encrypted case are sealed first.
     */
    public static CaseConfigFiles configOf(Path root) throws IOException {
        requireCase(root);
        CaseConfigFiles config = CaseConfigFiles.of(root, keyOf(root));
        config.sealPlainFiles();
        return config;
    }

    /** The case's own configuration files: plain in a plain case, sealed in an encrypted one. */
    @Override
    public CaseConfigFiles config() {
        return config;
    }

    /** Whether the case in {@code root} is encrypted. */
    @Override
    public boolean encrypted() {
        return key != null;
    }

    /** The key of an encrypted case, unlocked (asked for once per command); null for a plain case. */
    private static CaseKey keyOf(Path root) throws IOException {
        CaseInterruption.refuseIfInterrupted(root);
        return CaseKeys.isEncrypted(root) ? CaseKeyring.unlock(root) : null;
    }

    private org.redress.store.sqlite.CaseDatabase database() {
        return SqliteDatabase.open(root.resolve("case.db"), cipher);
    }

    static void requireCase(Path root) {
        if (!Files.isRegularFile(root.resolve(MARKER))) {
            throw new CaseException(
                    "'" + root + "' is not a Redress case; create one with: redress init --case " + root);
        }
    }

    @Override
    public Path root() {
        return root;
    }

    /** The case folder's own name ("case" when it has none, as a file-system root). */
    @Override
    public String name() {
        Path name = root.toAbsolutePath().normalize().getFileName();
        return name == null ? "case" : name.toString();
    }

    /** Work files: the case's {@code work/} folder, or for an encrypted case a private folder in memory. */
    @Override
    public synchronized Path workDir() throws IOException {
        if (key == null) return root.resolve("work");
        if (ramWork == null) ramWork = RamWorkFolder.create();
        return ramWork.path();
    }

    /** The isolated readers' temporary folder: their default for a plain case (null), in memory for an encrypted one. */
    @Override
    public synchronized Path readerTempDir() throws IOException {
        if (key == null) return null;
        workDir();
        return ramWork.temporary();
    }

    @Override
    public CaseStores stores() {
        return stores;
    }

    @Override
    public BlobStore blobs() {
        return visibleBlobs;
    }

    @Override
    public SearchIndex index() {
        return visibleIndex;
    }

    /** The search fields whose pages come from outside the index ({@code person:}); filled by {@code CaseServices}. */
    @Override
    public org.redress.core.search.PageSetFields pageSetFields() {
        return pageSetFields;
    }

    /** The append-only audit log under {@code audit/} (files opened per entry: nothing to close). */
    @Override
    public AuditLog auditLog() {
        return key == null ? FileAuditLog.of(root) : FileAuditLog.of(root, key);
    }

    /** The custody manifests, under {@code manifests/}. */
    @Override
    public ManifestStore manifests() {
        return new FileManifestStore(root.resolve("manifests"), key);
    }

    /** The case's Ed25519 custody key under {@code keys/}, made on first use in a case older than custody. */
    @Override
    public synchronized SigningKey custodyKey() throws IOException {
        if (custodyKey == null)
            custodyKey = FileSigningKey.ofCase(
                    root, key == null ? null : org.redress.store.crypto.SealedText.of(key, KeyUse.FILES));
        return custodyKey;
    }

    /** CoreNLP's recogniser; its models load only when a page is first read (about 700 MB of heap for both languages). */
    @Override
    public synchronized EntityRecognizer entityRecognizer() {
        if (recognizer == null) recognizer = new CoreNlpRecognizer();
        return recognizer;
    }

    @Override
    public void close() {
        index.close();
        synchronized (this) {
            if (recognizer != null) recognizer.close();
        }
        stores.close();
        synchronized (this) {
            if (ramWork != null) ramWork.close();
        }
    }
}
