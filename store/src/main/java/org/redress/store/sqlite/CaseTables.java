package org.redress.store.sqlite;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * Every table of a case database as plain rows, the same on SQLite and PostgreSQL (whose schemas {@code
 * SchemaParityTest} holds to each other): read from one case with its content columns opened, written into another
 * with them sealed under its own cipher, ids and all, so that what refers to a document, a page, an event or a
 * mention still finds it. What a case archive (issue 13, moving cases) carries of the database.
 */
public final class CaseTables {
    /**
     * The tables in an order where each comes after those it refers to. Not carried: the key check of an encrypted
     * case (column_encryption), the migrations' history and a server's ingest queue (file_job), which belong to the
     * database and not to the case.
     */
    public static final List<String> TABLES = List.of(
            "sources",
            "documents",
            "pages",
            "locations",
            "failures",
            "ingest_runs",
            "cm_organisations",
            "cm_people",
            "cm_aliases",
            "cm_events",
            "cm_event_people",
            "cm_citations",
            "cm_claims",
            "cm_claim_elements",
            "cm_findings",
            "requests",
            "request_correspondence",
            "request_attachments",
            "productions",
            "mentions",
            "mention_decisions",
            "mention_screening",
            "marks",
            "mark_runs",
            "entities",
            "entity_forms",
            "entity_occurrences",
            "entity_pages",
            "reference_sources",
            "reuse_references",
            "reuse_compared",
            "reuse_matches",
            "witness_reports",
            "witness_attachments",
            "saved_searches",
            "saved_search_hits",
            "home_visits",
            "privilege_marks");

    /** Tables of the database that are not the case's. */
    public static final Set<String> NOT_CARRIED = Set.of("column_encryption", "flyway_schema_history", "file_job");

    /** PostgreSQL's stand-in for SQLite's implicit rowid: made by the database, never written. */
    private static final String ROWID = "rowid";

    private CaseTables() {}

    /**
     * Hands every row of {@code table} to {@code row}, plain, in the order recorded. Call inside {@link #snapshot} so
     * that all tables are read as of one moment.
     */
    public static void read(Handle h, CaseDatabase db, String table, Consumer<Map<String, Object>> row) {
        requireTable(table);
        List<ContentColumns.Column> content = ContentColumns.of(table);
        String order = hasRowid(h, table) ? " ORDER BY rowid" : "";
        try (var rows = h.createQuery("SELECT * FROM " + table + order).mapToMap().stream()) {
            rows.forEach(stored -> {
                Map<String, Object> plain =
                        db.cipher().encrypts() ? ColumnCodec.decode(content, stored, db.cipher()) : stored;
                Map<String, Object> sorted = new TreeMap<>(plain);
                sorted.remove(ROWID);
                row.accept(sorted);
            });
        }
    }

    /** Runs {@code reads} in one read transaction: every table as of the same moment, while writers go on. */
    public static void snapshot(CaseDatabase db, Consumer<Handle> reads) {
        Handle h = db.handle();
        h.useTransaction(tx -> {
            if (postgres(tx)) tx.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            reads.accept(tx);
        });
    }

    /** Rows written into an empty case database in one transaction: all of them, or (on failure) none. */
    public static final class Writer {
        private final Handle h;
        private final CaseDatabase db;
        private final Map<String, Set<String>> columns = new TreeMap<>();

        private Writer(CaseDatabase db) {
            this.db = db;
            this.h = db.handle();
            h.begin();
        }

        /** Writes one plain row; a column the table does not have is refused (an archive of another schema). */
        public void insert(String table, Map<String, Object> plainRow) {
            requireTable(table);
            Set<String> known = columns.computeIfAbsent(table, t -> columnsOf(h, t));
            List<String> names = new ArrayList<>(new TreeMap<>(plainRow).keySet());
            for (String name : names)
                if (!known.contains(name) || name.equals(ROWID))
                    throw new IllegalArgumentException("the table " + table + " has no column " + name);
            Map<String, Object> stored = db.cipher().encrypts()
                    ? ColumnCodec.encode(ContentColumns.of(table), plainRow, db.cipher())
                    : plainRow;
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < names.size(); i++)
                values.append(i == 0 ? ":c" : ", :c").append(i);
            Update update = h.createUpdate(
                    "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES (" + values + ")");
            for (int i = 0; i < names.size(); i++) update.bind("c" + i, stored.get(names.get(i)));
            update.execute();
        }

        /** Commits, with a server's id sequences moved past the ids written (SQLite's follow the rows). */
        public void commit() {
            if (postgres(h)) {
                List<Map<String, Object>> identities = h.createQuery("SELECT table_name, column_name FROM"
                                + " information_schema.columns WHERE table_schema = current_schema() AND is_identity ="
                                + " 'YES' AND identity_generation = 'BY DEFAULT'")
                        .mapToMap()
                        .list();
                for (Map<String, Object> c : identities) {
                    String table = c.get("table_name").toString();
                    String column = c.get("column_name").toString();
                    if (!TABLES.contains(table)) continue;
                    h.createQuery("SELECT setval(pg_get_serial_sequence(:t, :c), COALESCE(MAX(" + column
                                    + "), 0) + 1, false) FROM " + table)
                            .bind("t", table)
                            .bind("c", column)
                            .mapTo(Long.class)
                            .one();
                }
            }
            h.commit();
        }

        /** Undoes what was written (nothing of it stays). */
        public void rollback() {
            if (h.isInTransaction()) h.rollback();
        }
    }

    /** A writer of rows into {@code db}, which must hold no case yet. */
    public static Writer writer(CaseDatabase db) {
        return new Writer(db);
    }

    /** How many rows {@code table} holds. */
    public static long count(CaseDatabase db, String table) {
        requireTable(table);
        return db.handle()
                .createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Long.class)
                .one();
    }

    private static void requireTable(String table) {
        if (!TABLES.contains(table)) throw new IllegalArgumentException("not a table of a case: " + table);
    }

    private static boolean hasRowid(Handle h, String table) {
        return !postgres(h) || columnsOf(h, table).contains(ROWID);
    }

    private static Set<String> columnsOf(Handle h, String table) {
        String sql = postgres(h)
                ? "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND"
                        + " table_name = :t"
                : "SELECT name FROM pragma_table_info(:t)";
        return Set.copyOf(
                h.createQuery(sql).bind("t", table).mapTo(String.class).list());
    }

    private static boolean postgres(Handle h) {
        try {
            return "PostgreSQL".equals(h.getConnection().getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("the database does not say what it is", e);
        }
    }
}
