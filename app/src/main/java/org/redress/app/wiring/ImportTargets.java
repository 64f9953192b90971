package org.redress.app.wiring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.redress.core.search.PageSetFields;
import org.redress.search.opensearch.CaseIndexName;
import org.redress.search.opensearch.OpenSearchCluster;
import org.redress.search.opensearch.OpenSearchIndex;
import org.redress.store.postgres.CaseName;
import org.redress.store.postgres.PostgresServer;

/** The new case a {@link CaseArchiveImport} makes: a case folder, or a named case on a team server. */
public final class ImportTargets {
    private ImportTargets() {}

    /** A new case folder in {@code dir}, which must be new or empty, encrypted when {@code encrypt}. */
    public static CaseArchiveImport.NewCase folder(Path dir, boolean encrypt) {
        return new CaseArchiveImport.NewCase() {
            private boolean existed;

            @Override
            public void refuseIfTaken() throws IOException {
                if (Files.isRegularFile(dir.resolve(CaseFolder.MARKER)))
                    throw new CaseException("'" + dir + "' already holds a case; an import makes a new case and never"
                            + " merges: import into a new or empty folder");
                if (Files.exists(dir)) {
                    if (!Files.isDirectory(dir)) throw new CaseException("'" + dir + "' is a file, not a folder");
                    try (Stream<Path> entries = Files.list(dir)) {
                        if (entries.findAny().isPresent())
                            throw new CaseException("'" + dir + "' is not empty; import into a new or empty folder");
                    }
                }
            }

            @Override
            public CaseBackend create() throws IOException {
                existed = Files.isDirectory(dir);
                return CaseFolder.init(dir, encrypt);
            }

            @Override
            public void drop() {
                try {
                    CaseEncryption.deleteTree(dir);
                    if (existed) Files.createDirectories(dir); // given empty, left empty
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
    }

    /** A new case named {@code name} on the server of {@code config}, encrypted when {@code encrypt}. */
    public static CaseArchiveImport.NewCase server(ServerConfig config, CaseName name, boolean encrypt) {
        return new CaseArchiveImport.NewCase() {
            @Override
            public void refuseIfTaken() {
                PostgresServer server = ServerCase.connect(config);
                if (server.exists(name) || Files.exists(ServerCase.folderOf(config, name)))
                    throw new CaseException("there is already a case named " + name + " on this server; an import"
                            + " makes a new case and never merges: choose another name");
            }

            @Override
            public CaseBackend create() throws IOException {
                return ServerCase.init(config, name, encrypt);
            }

            /** Each part removed even when another cannot be: the index, the schema, the folder. */
            @Override
            public void drop() {
                RuntimeException failed = null;
                try (OpenSearchCluster cluster =
                        new OpenSearchCluster(config.searchUrl().orElseThrow())) {
                    OpenSearchIndex.open(cluster, CaseIndexName.of(name.value()), new PageSetFields(), 0)
                            .drop();
                } catch (RuntimeException e) {
                    failed = e;
                }
                try {
                    ServerCase.connect(config).drop(name);
                } catch (RuntimeException e) {
                    if (failed == null) failed = e;
                }
                try {
                    CaseEncryption.deleteTree(ServerCase.folderOf(config, name));
                } catch (IOException e) {
                    if (failed == null) failed = new java.io.UncheckedIOException(e);
                }
                if (failed != null) throw failed;
            }
        };
    }
}
