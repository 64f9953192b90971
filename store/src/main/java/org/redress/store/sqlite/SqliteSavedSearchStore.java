package org.redress.store.sqlite;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.redress.core.port.SavedSearchStore;
import org.redress.core.search.PageRef;
import org.redress.core.searches.SavedSearch;
import org.redress.store.crypto.ColumnCipher;

/**
 * The saved searches of an embedded case (tables {@code saved_searches} and {@code saved_search_hits}, migration
 * V18). A search's name, query and filters are sealed by the case's {@link ColumnCipher}, its hits' document ids
 * hashed, as everywhere; so nothing here sorts or compares those columns in SQL.
 */
public final class SqliteSavedSearchStore implements SavedSearchStore {
    private static final String NAME = "saved_searches.name";
    private static final String QUERY = "saved_searches.query";
    private static final String FILTERS = "saved_searches.filters";
    private final CaseDatabase database;
    private final Handle h;
    private final ColumnCipher c;

    public SqliteSavedSearchStore(CaseDatabase database) {
        this.database = database;
        this.h = database.handle();
        this.c = database.cipher();
    }

    public static SqliteSavedSearchStore open(Path file) {
        return new SqliteSavedSearchStore(SqliteDatabase.open(file));
    }

    @Override
    public synchronized SavedSearch save(
            String name, String query, Map<String, String> filters, Collection<PageRef> matchedNow) {
        Instant now = Instant.now();
        long id = h.inTransaction(tx -> {
            long created = tx.createUpdate("""
                            INSERT INTO saved_searches(name, query, filters, created_at)
                            VALUES (:n, :q, :f, :at)""")
                    .bind("n", c.seal(NAME, "", name))
                    .bind("q", c.seal(QUERY, "", query))
                    .bind("f", c.seal(FILTERS, "", encode(filters)))
                    .bind("at", now.toString())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            insert(tx, created, matchedNow, true);
            return created;
        });
        return new SavedSearch(id, name, query, filters, now);
    }

    @Override
    public synchronized List<SavedSearch> all() {
        return h.createQuery("SELECT * FROM saved_searches ORDER BY id")
                .map((rs, ctx) -> search(rs))
                .list();
    }

    @Override
    public synchronized Optional<SavedSearch> find(long id) {
        return h.createQuery("SELECT * FROM saved_searches WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> search(rs))
                .findOne();
    }

    @Override
    public synchronized boolean delete(long id) {
        return h.inTransaction(tx -> {
            tx.createUpdate("DELETE FROM saved_search_hits WHERE search_id = :id")
                    .bind("id", id)
                    .execute();
            return tx.createUpdate("DELETE FROM saved_searches WHERE id = :id")
                            .bind("id", id)
                            .execute()
                    == 1;
        });
    }

    @Override
    public synchronized Set<PageRef> known(long id) {
        return new HashSet<>(h.createQuery("SELECT document_id, page FROM saved_search_hits WHERE search_id = :id")
                .bind("id", id)
                .map((rs, ctx) -> page(rs))
                .list());
    }

    @Override
    public synchronized int addNew(long id, Collection<PageRef> pages) {
        return h.inTransaction(tx -> insert(tx, id, pages, false));
    }

    @Override
    public synchronized List<PageRef> newHits(long id) {
        return h.createQuery("SELECT document_id, page FROM saved_search_hits WHERE search_id = :id AND seen = 0"
                        + " ORDER BY rowid")
                .bind("id", id)
                .map((rs, ctx) -> page(rs))
                .list();
    }

    @Override
    public synchronized Map<Long, Integer> newCounts() {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        h.createQuery("SELECT search_id, COUNT(*) AS n FROM saved_search_hits WHERE seen = 0"
                        + " GROUP BY search_id ORDER BY search_id")
                .map((rs, ctx) -> Map.entry(rs.getLong("search_id"), rs.getInt("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    @Override
    public synchronized int markSeen(long id, Collection<PageRef> pages) {
        if (pages == null) {
            return h.createUpdate("UPDATE saved_search_hits SET seen = 1 WHERE search_id = :id AND seen = 0")
                    .bind("id", id)
                    .execute();
        }
        return h.inTransaction(tx -> {
            int marked = 0;
            for (PageRef p : pages) {
                marked += tx.createUpdate("""
                                UPDATE saved_search_hits SET seen = 1
                                WHERE search_id = :id AND document_id = :d AND page = :p AND seen = 0""")
                        .bind("id", id)
                        .bind("d", c.hash(p.documentId()))
                        .bind("p", p.page())
                        .execute();
            }
            return marked;
        });
    }

    private int insert(Handle tx, long id, Collection<PageRef> pages, boolean seen) {
        var batch = tx.prepareBatch("""
                INSERT INTO saved_search_hits(search_id, document_id, page, seen) VALUES (:id, :d, :p, :seen)
                ON CONFLICT(search_id, document_id, page) DO NOTHING""");
        for (PageRef p : pages) {
            batch.bind("id", id)
                    .bind("d", c.hash(p.documentId()))
                    .bind("p", p.page())
                    .bind("seen", seen ? 1 : 0)
                    .add();
        }
        if (pages.isEmpty()) return 0;
        int added = 0;
        for (int n : batch.execute()) added += Math.max(0, n);
        return added;
    }

    private SavedSearch search(ResultSet rs) throws SQLException {
        return new SavedSearch(
                rs.getLong("id"),
                c.open(NAME, "", rs.getString("name")),
                c.open(QUERY, "", rs.getString("query")),
                decode(c.open(FILTERS, "", rs.getString("filters"))),
                Instant.parse(rs.getString("created_at")));
    }

    private PageRef page(ResultSet rs) throws SQLException {
        return new PageRef(c.unhash(rs.getString("document_id")), rs.getInt("page"));
    }

    /** Filters as a query string ({@code type=email&year=2017}): one text column, any value. */
    static String encode(Map<String, String> filters) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> f : filters.entrySet()) {
            if (b.length() > 0) b.append('&');
            b.append(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    static Map<String, String> decode(String text) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) return filters;
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            filters.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return filters;
    }

    @Override
    public void close() {
        database.close();
    }
}
