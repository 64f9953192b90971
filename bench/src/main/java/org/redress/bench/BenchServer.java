package org.redress.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.redress.app.wiring.ServerConfig;
import org.redress.search.opensearch.CaseIndexName;
import org.redress.store.postgres.CaseName;
import org.redress.store.postgres.PostgresServer;

/**
 * The shared PostgreSQL and OpenSearch as the server benchmark uses them: a server file of its own (the database and
 * the cluster of the given one, its blob store under the benchmark's work folder), cases named {@code srvbench_…}, and
 * every such case dropped again (schema, index, folder), also those a run that was killed left behind.
 */
final class BenchServer implements AutoCloseable {
    static final String PREFIX = "srvbench_";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerConfig config;
    private final PostgresServer postgres;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<CaseName> made = new ArrayList<>();

    BenchServer(Path serverFile, Path blobs) throws IOException {
        ServerConfig shared = ServerConfig.read(serverFile);
        if (shared.searchUrl().isEmpty()) throw new IllegalArgumentException("the server file has no search.url");
        Files.createDirectories(blobs);
        this.config = new ServerConfig(
                shared.dbUrl(),
                shared.dbUser(),
                shared.dbPassword(),
                shared.searchUrl(),
                blobs,
                blobs.resolve("redress_server").resolve("secrets.key"));
        this.postgres = PostgresServer.connect(config.dbUrl(), config.dbUser(), config.dbPassword());
    }

    ServerConfig config() {
        return config;
    }

    PostgresServer postgres() {
        return postgres;
    }

    String searchUrl() {
        return config.searchUrl().orElseThrow();
    }

    /** A new case name of this run, dropped by {@link #close()} if not before. */
    synchronized CaseName newCase(String what) {
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        CaseName name = new CaseName(PREFIX + what + "_" + HexFormat.of().formatHex(random));
        made.add(name);
        return name;
    }

    static String indexOf(CaseName name) {
        return CaseIndexName.of(name.value()).index();
    }

    /** Drops a case of this benchmark: its schema, its OpenSearch index and its folder of originals. */
    synchronized void drop(CaseName name) throws IOException {
        if (!name.value().startsWith(PREFIX)) throw new IllegalArgumentException("not a benchmark case: " + name);
        postgres.drop(name);
        send("DELETE", "/" + indexOf(name));
        IngestBenchmark.deleteTree(config.blobsDir().resolve(name.schema()));
        made.remove(name);
    }

    /** Cases and indexes an earlier run of this benchmark left (killed before it cleaned up). */
    void dropLeftovers() throws IOException {
        for (CaseName name : postgres.cases()) if (name.value().startsWith(PREFIX)) drop(name);
        JsonNode indexes = send("GET", "/_cat/indices/redress-case-" + PREFIX + "*?format=json");
        for (JsonNode i : indexes) send("DELETE", "/" + i.path("index").asText());
    }

    /** An index's size on disk (primary store, bytes) and its number of pages. */
    long[] indexStore(String index) throws IOException {
        JsonNode all =
                send("GET", "/" + index + "/_stats/store,docs").path("_all").path("primaries");
        return new long[] {
            all.path("store").path("size_in_bytes").asLong(-1),
            all.path("docs").path("count").asLong(-1)
        };
    }

    /** The OpenSearch node's process CPU time so far in ms, or -1 (one node: the services' own). */
    long openSearchCpuMillis() {
        try {
            for (JsonNode node : send("GET", "/_nodes/_local/stats/process").path("nodes"))
                return node.path("process").path("cpu").path("total_in_millis").asLong(-1);
        } catch (IOException | RuntimeException e) {
            // unknown: the CPU table says so
        }
        return -1;
    }

    String openSearchVersion() throws IOException {
        JsonNode root = send("GET", "/");
        return root.path("version").path("distribution").asText("opensearch") + " "
                + root.path("version").path("number").asText("?") + " (Lucene "
                + root.path("version").path("lucene_version").asText("?") + ")";
    }

    /** Why the failed jobs of a case failed (the reason a worker recorded: a step's message, no document text). */
    Map<String, Long> failedJobs(CaseName name) {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(config.dbUrl(), config.dbUser(), config.dbPassword());
                var s = c.createStatement();
                // the schema name is a CaseName: letters, digits and '_' only
                var rs = s.executeQuery("SELECT coalesce(failure, '(none)'), count(*) FROM " + name.schema()
                        + ".file_job WHERE state = 'failed' GROUP BY 1")) {
            // The reason's first line, without the key a constraint names: one line per kind of failure.
            while (rs.next())
                out.merge(
                        rs.getString(1).lines().findFirst().orElse("").replaceAll("\\(id\\)=\\([^)]*\\)", "(id)=…"),
                        rs.getLong(2),
                        Long::sum);
        } catch (SQLException e) {
            out.put("(could not read the reasons: " + e.getSQLState() + ")", 0L);
        }
        return out;
    }

    String postgresVersion() {
        try (Connection c = DriverManager.getConnection(config.dbUrl(), config.dbUser(), config.dbPassword())) {
            return "PostgreSQL " + c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return "PostgreSQL (version unknown)";
        }
    }

    private JsonNode send(String method, String path) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(searchUrl().replaceAll("/+$", "") + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404 && method.equals("DELETE")) return JSON.createObjectNode();
            if (response.statusCode() >= 400)
                throw new IOException("OpenSearch answered " + response.statusCode() + " to " + method + " " + path);
            return response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Drops every case this run made and has not dropped yet. */
    @Override
    public synchronized void close() throws IOException {
        try {
            for (CaseName name : List.copyOf(made)) drop(name);
        } finally {
            postgres.close();
        }
    }
}
