package org.redress.app.wiring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.redress.core.UserMistake;
import org.redress.core.port.AuditLog;
import org.redress.core.port.BlobStore;
import org.redress.core.port.EntityRecognizer;
import org.redress.core.port.ManifestStore;
import org.redress.core.port.SearchIndex;
import org.redress.core.port.SigningKey;
import org.redress.core.search.PageSetFields;
import org.redress.nlp.CoreNlpRecognizer;
import org.redress.search.opensearch.CaseIndexName;
import org.redress.search.opensearch.OpenSearchCluster;
import org.redress.search.opensearch.OpenSearchIndex;
import org.redress.store.audit.FileAuditLog;
import org.redress.store.blob.EncryptedBlobStore;
import org.redress.store.blob.FileBlobStore;
import org.redress.store.config.CaseConfigFiles;
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.ColumnCipher;
import org.redress.store.crypto.KeyUse;
import org.redress.store.crypto.SealedText;
import org.redress.store.crypto.ServerCaseKeys;
import org.redress.store.custody.FileManifestStore;
import org.redress.store.custody.FileSigningKey;
import org.redress.store.postgres.CaseName;
import org.redress.store.postgres.FileQueue;
import org.redress.store.postgres.PostgresServer;

/**
 * A named case on a team server (issue 13), from its {@link ServerConfig}: its database is the PostgreSQL schema
 * {@code case_NAME}, its pages the OpenSearch index {@code redress-case-NAME}, and its own folder
 * {@code blobs.dir/case_NAME/} holds the originals (content-addressed as in a case folder), the audit log, the custody
 * keys and manifests, and the case's config files. An encrypted case ({@link ServerCaseKeys}) seals the database's
 * content columns and everything in its folder under its key, as a case folder does; its pages in OpenSearch are
 * plain, since the cluster must read them to search them.
 */
public final class ServerCase implements CaseBackend {
    /** What a person may type for a case on the server (before {@link CaseName} folds it). */
    private static final Pattern TYPED = Pattern.compile("[A-Za-z0-9_-]{1,58}");

    /** OpenSearch copies of each shard: none, so a single-node cluster stays green. */
    private static final int REPLICAS = 0;

    private final ServerConfig config;
    private final CaseName name;
    private final Path root;
    /** The key of an encrypted case; null for a plain one. */
    private final CaseKey key;

    private final ColumnCipher cipher;
    private final PostgresServer server;
    private final OpenSearchCluster cluster;
    private final CaseStores stores;
    private final BlobStore blobs;
    private final OpenSearchIndex index;
    /** The index and the originals as the acting role may see them ({@link CaseStores#visibility}). */
    private final SearchIndex visibleIndex;

    private final BlobStore visibleBlobs;
    private final PageSetFields pageSetFields = new PageSetFields();
    private final CaseConfigFiles configFiles;
    private SigningKey custodyKey;
    private EntityRecognizer recognizer;
    private RamWorkFolder ramWork;

    private ServerCase(
            ServerConfig config, CaseName name, CaseKey key, PostgresServer server, OpenSearchCluster cluster)
            throws IOException {
        this.config = config;
        this.name = name;
        this.root = folderOf(config, name);
        this.key = key;
        this.cipher = cipherOf(key);
        this.server = server;
        this.cluster = cluster;
        this.stores = new CaseStores(() -> server.open(name, cipher));
        this.blobs = key == null
                ? new FileBlobStore(root.resolve("originals"))
                : new EncryptedBlobStore(root.resolve("originals"), key);
        this.configFiles = CaseConfigFiles.of(root, key);
        this.index = OpenSearchIndex.open(cluster, CaseIndexName.of(name.value()), pageSetFields, REPLICAS);
        this.visibleIndex = stores.visibility().index(index);
        this.visibleBlobs = stores.visibility().originals(blobs);
    }

    @Override
    public CaseConfigFiles config() {
        return configFiles;
    }

    /** A case name as typed on the command line: letters, digits, '-' and '_'; the message does not repeat it. */
    public static CaseName caseName(String typed) {
        if (typed == null || !TYPED.matcher(typed).matches())
            throw new CaseException("a case name on a server is 1 to 58 letters, digits, '-' or '_'");
        return CaseName.of(typed);
    }

    /**
     * Makes the case on the server (its schema, index and folder), encrypted when {@code encrypt}, or reopens an
     * existing one without harm. An existing plain case is not encrypted by asking again: that is refused.
     */
    public static ServerCase init(ServerConfig config, CaseName name, boolean encrypt) throws IOException {
        PostgresServer server = connect(config);
        Path root = folderOf(config, name);
        // Any part of a plain case (its schema, or its folder) is never given a key afterwards: it may hold content.
        boolean anyPart = server.exists(name) || Files.exists(root);
        CaseKey key = null;
        if (ServerCaseKeys.isEncrypted(root)) key = ServerCaseKeyring.unlock(config, name);
        else if (encrypt && anyPart)
            throw new CaseException(
                    "the case " + name + " on this server is plain: an existing server case cannot be"
                            + " encrypted in place: export it (case export) and import it as a new case with case import --encrypt");
        else if (encrypt) key = ServerCaseKeyring.create(config, name);
        ServerCase opened;
        try {
            // The key before the database: its content columns are sealed from the first write.
            if (!server.exists(name)) server.create(name, cipherOf(key)).close();
            Files.createDirectories(root);
            Path marker = root.resolve(CaseFolder.MARKER);
            if (!Files.exists(marker)) {
                if (key != null) FileAuditLog.of(root, key).startNew();
                Files.writeString(
                        marker,
                        "This folder holds the originals, audit log and keys of the Redress case '" + name
                                + "' on a team server. Keep it private.\n");
            }
            auditLog(root, key).prepare();
            opened = open(config, name, key, server);
        } catch (IOException | RuntimeException e) {
            if (key != null) key.close();
            throw e;
        }
        try {
            opened.custodyKey(); // made at init, as in a case folder
            return opened;
        } catch (IOException | RuntimeException e) {
            opened.close(); // and with it the key
            throw e;
        }
    }

    /** The plain-case form of {@link #init(ServerConfig, CaseName, boolean)}. */
    public static ServerCase init(ServerConfig config, CaseName name) throws IOException {
        return init(config, name, false);
    }

    private static ColumnCipher cipherOf(CaseKey key) {
        return key == null ? ColumnCipher.PLAIN : ColumnCipher.of(key);
    }

    private static FileAuditLog auditLog(Path root, CaseKey key) {
        return key == null ? FileAuditLog.of(root) : FileAuditLog.of(root, key);
    }

    /** Opens an existing case of the server; refused, naming how to make it, when there is none. */
    public static ServerCase open(ServerConfig config, CaseName name) throws IOException {
        PostgresServer server = connect(config);
        if (!server.exists(name) || !Files.isRegularFile(folderOf(config, name).resolve(CaseFolder.MARKER)))
            throw new CaseException("there is no case named " + name + " on this server; create it with: redress"
                    + " init --server FILE --case " + name);
        CaseKey key = ServerCaseKeyring.keyOf(config, name);
        try {
            return open(config, name, key, server);
        } catch (IOException | RuntimeException e) {
            if (key != null) key.close();
            throw e;
        }
    }

    private static ServerCase open(ServerConfig config, CaseName name, CaseKey key, PostgresServer server)
            throws IOException {
        OpenSearchCluster cluster = new OpenSearchCluster(searchUrl(config));
        try {
            return new ServerCase(config, name, key, server, cluster);
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** The server file this case was opened from. */
    ServerConfig serverConfig() {
        return config;
    }

    CaseName caseName() {
        return name;
    }

    /** The case's ingest queue (issue 13): files stored in the blob store, waiting for a worker. */
    public FileQueue queue() {
        return server.queue(name, cipher);
    }

    /**
     * The ingest queue of a case of the server without opening the rest of it (a worker looking for work), its paths
     * and names sealed under the case's key when it is encrypted.
     */
    static FileQueue queueOf(ServerConfig config, PostgresServer server, CaseName name) {
        return server.queue(name, ServerCaseKeyring.queueCipher(config, name));
    }

    /** The cases of the server in its blob store as well as its database: those a worker of this server file serves. */
    static List<CaseName> casesOn(ServerConfig config, PostgresServer server) {
        return server.cases().stream()
                .filter(n -> Files.isRegularFile(folderOf(config, n).resolve(CaseFolder.MARKER)))
                .toList();
    }

    /** The audit log of a case on the server, without opening its database or index. */
    public static AuditLog auditLogOf(ServerConfig config, CaseName name) {
        Path root = folderOf(config, name);
        if (!Files.isRegularFile(root.resolve(CaseFolder.MARKER)))
            throw new CaseException("there is no case named " + name + " on this server");
        // The log takes its subkeys at once: the case key is wiped here.
        try (CaseKey key = ServerCaseKeyring.keyOf(config, name)) {
            return auditLog(root, key);
        }
    }

    /** The case's own folder under the shared blob store: {@code blobs.dir/case_NAME}. */
    static Path folderOf(ServerConfig config, CaseName name) {
        return config.blobsDir().resolve(name.schema());
    }

    /** The server's database, shared by everything this process opens on it ({@link ServerConnections}). */
    static PostgresServer connect(ServerConfig config) {
        return ServerConnections.of(config);
    }

    private static String searchUrl(ServerConfig config) {
        return config.searchUrl()
                .orElseThrow(() -> new UserMistake(
                        "search.url is missing in the server file: a case on a server keeps its pages in OpenSearch"));
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public String name() {
        return name.value();
    }

    @Override
    public boolean encrypted() {
        return key != null;
    }

    /**
     * Work files: in the case's folder on the shared store, as a plain case folder keeps them in {@code work/}; for an
     * encrypted case, in a private folder in memory on this machine.
     */
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

    @Override
    public PageSetFields pageSetFields() {
        return pageSetFields;
    }

    @Override
    public AuditLog auditLog() {
        return auditLog(root, key);
    }

    @Override
    public ManifestStore manifests() {
        return new FileManifestStore(root.resolve("manifests"), key);
    }

    @Override
    public synchronized SigningKey custodyKey() throws IOException {
        if (custodyKey == null)
            custodyKey = FileSigningKey.ofCase(root, key == null ? null : SealedText.of(key, KeyUse.FILES));
        return custodyKey;
    }

    @Override
    public synchronized EntityRecognizer entityRecognizer() {
        if (recognizer == null) recognizer = new CoreNlpRecognizer();
        return recognizer;
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            synchronized (this) {
                if (recognizer != null) recognizer.close();
                if (ramWork != null) ramWork.close();
            }
            stores.close();
            cluster.close();
            if (key != null) key.close();
        }
    }
}
