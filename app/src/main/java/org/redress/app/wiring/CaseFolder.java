package org.redress.app.wiring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.redress.core.port.AuditLog;
import org.redress.core.port.BlobStore;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.ManifestStore;
import org.redress.core.port.MentionStore;
import org.redress.core.port.PageScreen;
import org.redress.core.port.RequestStore;
import org.redress.core.port.SearchIndex;
import org.redress.core.port.SigningKey;
import org.redress.search.LucenePageScreen;
import org.redress.search.LuceneSearchIndex;
import org.redress.store.audit.FileAuditLog;
import org.redress.store.blob.FileBlobStore;
import org.redress.store.custody.FileManifestStore;
import org.redress.store.custody.FileSigningKey;
import org.redress.store.sqlite.SqliteDocumentStore;
import org.redress.store.sqlite.SqliteMentionStore;
import org.redress.store.sqlite.SqliteRequestStore;

/**
 * An embedded case: one folder holding the database, the search index and the originals.
 * This is where the adapters are chosen; everything else sees only the ports.
 */
public final class CaseFolder implements AutoCloseable {
    static final String MARKER = "redress-case.txt";
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
    private final DocumentStore store;
    private final BlobStore blobs;
    private final SearchIndex index;
    private RequestStore requests;
    private org.redress.store.sqlite.SqliteCaseModelStore caseModel;
    private SigningKey custodyKey;
    private MentionStore mentions;

    private CaseFolder(Path root) throws IOException {
        this.root = root;
        this.store = SqliteDocumentStore.open(root.resolve("case.db"));
        this.blobs = new FileBlobStore(root.resolve("originals"));
        this.index = new LuceneSearchIndex(root.resolve("index"));
    }

    /** Makes a new case folder (or reopens an existing one without harm). */
    public static CaseFolder init(Path root) throws IOException {
        Files.createDirectories(root);
        Path marker = root.resolve(MARKER);
        if (!Files.exists(marker)) {
            try (var entries = Files.list(root)) {
                if (entries.findAny().isPresent()) {
                    throw new CaseException("'" + root
                            + "' is a folder with other files in it; choose an empty or new folder for a case");
                }
            }
            Files.writeString(
                    marker, "This folder is a Redress case. Keep it private: it holds the case's originals.\n");
        }
        Path domains = root.resolve("organisations.txt");
        if (!Files.exists(domains)) Files.writeString(domains, ORGANISATIONS_EXAMPLE);
        // The audit key and the seal of the empty log, so that removing the whole log later shows.
        FileAuditLog.of(root).prepare();
        CaseFolder folder = new CaseFolder(root);
        folder.custodyKey(); // made at init, so the case's public key can be published before any intake
        return folder;
    }

    public static CaseFolder open(Path root) throws IOException {
        requireCase(root);
        return new CaseFolder(root);
    }

    /** The audit log of the case in {@code root}, without opening its database or index. */
    public static AuditLog auditLogOf(Path root) {
        requireCase(root);
        return FileAuditLog.of(root);
    }

    private static void requireCase(Path root) {
        if (!Files.isRegularFile(root.resolve(MARKER))) {
            throw new CaseException(
                    "'" + root + "' is not a Redress case; create one with: redress init --case " + root);
        }
    }

    public Path root() {
        return root;
    }

    /** The case folder's own name ("case" when it has none, as a file-system root). */
    public String name() {
        Path name = root.toAbsolutePath().normalize().getFileName();
        return name == null ? "case" : name.toString();
    }

    public Path workDir() {
        return root.resolve("work");
    }

    public DocumentStore store() {
        return store;
    }

    public BlobStore blobs() {
        return blobs;
    }

    public SearchIndex index() {
        return index;
    }

    /** The append-only audit log under {@code audit/} (files opened per entry: nothing to close). */
    public AuditLog auditLog() {
        return FileAuditLog.of(root);
    }

    /** The case's records requests (opened on first use, over the same database). */
    public synchronized RequestStore requests() {
        if (requests == null) requests = SqliteRequestStore.open(root.resolve("case.db"));
        return requests;
    }

    /** People, events, citations, claims and findings: same database file, its own connection, opened on first use. */
    public synchronized org.redress.core.casemodel.CaseModel caseModel() {
        if (caseModel == null) caseModel = org.redress.store.sqlite.SqliteCaseModelStore.open(root.resolve("case.db"));
        return new org.redress.core.casemodel.CaseModel(caseModel, store);
    }

    /** The custody manifests, under {@code manifests/}. */
    public ManifestStore manifests() {
        return new FileManifestStore(root.resolve("manifests"));
    }

    /** The case's Ed25519 custody key under {@code keys/}, made on first use in a case older than custody. */
    public synchronized SigningKey custodyKey() throws IOException {
        if (custodyKey == null) custodyKey = FileSigningKey.openOrCreate(root.resolve("keys"), !hasManifests());
        return custodyKey;
    }

    private boolean hasManifests() throws IOException {
        Path dir = root.resolve("manifests");
        if (!Files.isDirectory(dir)) return false;
        try (var files = Files.list(dir)) {
            return files.findAny().isPresent();
        }
    }

    /** The watch list's hits and their review (opened on first use, over the same database). */
    public synchronized MentionStore mentions() {
        if (mentions == null) mentions = SqliteMentionStore.open(root.resolve("case.db"));
        return mentions;
    }

    /** The fast first pass of screening: Lucene, one in-memory index per page. */
    public PageScreen pageScreen() {
        return new LucenePageScreen();
    }

    @Override
    public void close() {
        index.close();
        synchronized (this) {
            if (requests != null) requests.close();
            if (mentions != null) mentions.close();
        }
        store.close();
        if (caseModel != null) caseModel.close();
    }
}
