package org.redress.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.store.sqlite.SqliteDatabase;

/**
 * The case schema on PostgreSQL has every table and column of the embedded case's database, and nothing more than
 * the rowid columns that stand for SQLite's own: the same stores write both, so a migration added to one
 * (store/src/main/resources/db/sqlite) must be added to the other (db/postgres). The one exception is
 * {@link #SERVER_ONLY}: the ingest queue of workers (V4__file_queue), which an embedded case, ingesting inline, has
 * no use for.
 */
class SchemaParityTest {
    /** Tables only a team server's case has. */
    private static final Set<String> SERVER_ONLY = Set.of("file_job");

    @TempDir
    Path dir;

    @Test
    void theCaseSchemaHasTheEmbeddedTablesAndColumns() {
        Set<String> embedded = new TreeSet<>();
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("case.db"))) {
            for (String table : db.handle()
                    .createQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                            + " AND name <> 'flyway_schema_history'")
                    .mapTo(String.class)
                    .list())
                db.handle()
                        .createQuery("SELECT name FROM pragma_table_info(:t)")
                        .bind("t", table)
                        .mapTo(String.class)
                        .forEach(column -> embedded.add(table + "." + column));
        }
        TestServer.database(dir).close();
        java.util.List<String> columns = TestServer.jdbi()
                .withHandle(h -> h.createQuery("""
                                SELECT table_name || '.' || column_name FROM information_schema.columns
                                WHERE table_schema = :s AND table_name <> 'flyway_schema_history'
                                  AND column_name <> 'rowid' AND table_name <> ALL(:serverOnly)""")
                        .bind("s", TestServer.caseFor(dir).schema())
                        .bindArray("serverOnly", String.class, SERVER_ONLY)
                        .mapTo(String.class)
                        .list());
        Set<String> server = new TreeSet<>(columns);
        assertThat(embedded).hasSizeGreaterThan(100);
        assertThat(server).isEqualTo(embedded);
    }
}
