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
import org.redress.store.blob.FileBlobStore;
import org.redress.store.config.CaseConfigFiles;
import org.redress.store.crypto.ColumnCipher;
import org.redress.store.custody.FileManifestStore;
import org.redress.store.custody.FileSigningKey;
import org.redress.store.postgres.CaseName;
import org.redress.store.postgres.FileQueue;
import org.redress.store.postgres.PostgresServer;

/**
 * A named case on a team server (issue 13), from its {@link ServerConfig}: its database is the PostgreSQL schema
 * {@code case_NAME}, its pages the OpenSearch index {@code redress-case-NAME}, and its own folder
 * {@code blobs.dir/case_NAME/} holds the originals (content-addressed as in a case folder), the audit log, the custody
 * keys and manifests, and the case's config files. Plain only for now: the key of an encrypted server case has no home
 * yet.
 */
public final class ServerCase implements CaseBackend {
    /** What a person may type for a case on the server (before {@link CaseName} folds it). */
    private static final Pattern TYPED = Pattern.compile("[A-Za-z0-9_-]{1,58}");

    /** OpenSearch copies of each shard: none, so a single-node cluster stays green. */
    private static final int REPLICAS = 0;

    private final CaseName name;
    private final Path root;
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

    private ServerCase(ServerConfig config, CaseName name, PostgresServer server, OpenSearchCluster cluster)
            throws IOException {
        this.name = name;
        this.root = folderOf(config, name);
        this.server = server;
        this.cluster = cluster;
        this.stores = new CaseStores(() -> server.open(name, ColumnCipher.PLAIN));
        this.blobs = new FileBlobStore(root.resolve("originals"));
        this.configFiles = CaseConfigFiles.of(root, null); // server cases are not encrypted yet
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

    /** Makes the case on the server (its schema, index and folder), or reopens an existing one without harm. */
    public static ServerCase init(ServerConfig config, CaseName name) throws IOException {
        PostgresServer server = connect(config);
        if (!server.exists(name)) server.create(name, ColumnCipher.PLAIN).close();
        Path root = folderOf(config, name);
        Files.createDirectories(root);
        Path marker = root.resolve(CaseFolder.MARKER);
        if (!Files.exists(marker))
            Files.writeString(
                    marker,
                    "This folder holds the originals, audit log and keys of the Redress case '" + name
                            + "' on a team server. Keep it private.\n");
        FileAuditLog.of(root).prepare();
        ServerCase opened = open(config, name, server);
        opened.custodyKey(); // made at init, as in a case folder
        return opened;
    }

    /** Opens an existing case of the server; refused, naming how to make it, when there is none. */
    public static ServerCase open(ServerConfig config, CaseName name) throws IOException {
        PostgresServer server = connect(config);
        if (!server.exists(name) || !Files.isRegularFile(folderOf(config, name).resolve(CaseFolder.MARKER)))
            throw new CaseException("there is no case named " + name + " on this server; create it with: redress"
                    + " init --server FILE --case " + name);
        return open(config, name, server);
    }

    private static ServerCase open(ServerConfig config, CaseName name, PostgresServer server) throws IOException {
        OpenSearchCluster cluster = new OpenSearchCluster(searchUrl(config));
        try {
            return new ServerCase(config, name, server, cluster);
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** The case's ingest queue (issue 13): files stored in the blob store, waiting for a worker. */
    public FileQueue queue() {
        return server.queue(name);
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
        return FileAuditLog.of(root);
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
        return false;
    }

    /** Work files in the case's folder on the shared store, as a plain case folder keeps them in {@code work/}. */
    @Override
    public Path workDir() {
        return root.resolve("work");
    }

    @Override
    public Path readerTempDir() {
        return null;
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
        return FileAuditLog.of(root);
    }

    @Override
    public ManifestStore manifests() {
        return new FileManifestStore(root.resolve("manifests"), null);
    }

    @Override
    public synchronized SigningKey custodyKey() throws IOException {
        if (custodyKey == null) custodyKey = FileSigningKey.ofCase(root, null);
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
            }
            stores.close();
            cluster.close();
        }
    }
}
