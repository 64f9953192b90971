package org.redress.store.sqlite;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.redress.core.entities.Entity;
import org.redress.core.entities.EntityNames;
import org.redress.core.entities.EntitySpan;
import org.redress.core.entities.EntityType;
import org.redress.core.entities.FoundEntity;
import org.redress.core.entities.PageRef;
import org.redress.core.port.EntityStore;
import org.redress.store.crypto.ColumnCipher;

/**
 * The named entities of an embedded case, in the case's SQLite file (tables {@code entit*}, migration V11). Every SQL
 * statement that reads or writes an entity's name or a form's words is in this class, and goes through the case's
 * {@link ColumnCipher}: {@code entities.name} and {@code entity_forms.form} are sealed, the {@code *_key} columns
 * are tokens (compared only for equality), document ids are content hashes, and nothing is sorted by them in SQL.
 *
 * <p>Statement errors carry no bound values in their messages ({@link SqliteDatabase}): the values are names.
 */
public final class SqliteEntityStore implements EntityStore {
    /**
     * Entities with their counts; the caller may add a condition to the last join (the occurrences it counts), then a
     * WHERE and the grouping.
     */
    private static final String COUNTED = """
            SELECT e.id, e.type, e.name, e.hidden, COUNT(o.form_id) AS occurrences,
                   COUNT(DISTINCT o.document_id || ':' || o.page) AS pages, COUNT(DISTINCT o.document_id) AS documents
            FROM entities e
              LEFT JOIN entity_forms f ON f.entity_id = e.id
              LEFT JOIN entity_occurrences o ON o.form_id = f.id
            """;

    private static final String NAME = "entities.name";
    private static final String NAME_KEY = "entities.name_key";
    private static final String FORM = "entity_forms.form";
    private static final String FORM_KEY = "entity_forms.form_key";

    private final CaseDatabase database;
    private final Handle h;
    private final ColumnCipher c;

    public SqliteEntityStore(CaseDatabase database) {
        this.database = database;
        this.h = database.handle();
        this.c = database.cipher();
    }

    public static SqliteEntityStore open(Path file) {
        return new SqliteEntityStore(SqliteDatabase.open(file));
    }

    private static final String TO_DO = """
            FROM pages p LEFT JOIN entity_pages e ON e.document_id = p.document_id AND e.page = p.number
            WHERE e.recogniser IS NULL OR e.recogniser <> :v
            """;

    @Override
    public synchronized List<PageRef> pagesToRecognise(String version, int limit) {
        return h.createQuery("SELECT p.document_id, p.number " + TO_DO + " ORDER BY p.document_id, p.number LIMIT :n")
                .bind("v", version)
                .bind("n", limit)
                .map((rs, ctx) -> new PageRef(c.unhash(rs.getString(1)), rs.getInt(2)))
                .list();
    }

    @Override
    public synchronized long countPagesToRecognise(String version) {
        return h.createQuery("SELECT COUNT(*) " + TO_DO)
                .bind("v", version)
                .mapTo(Long.class)
                .one();
    }

    @Override
    public synchronized int savePage(PageRef page, String version, List<FoundEntity> found) {
        String document = c.hash(page.documentId());
        return h.inTransaction(tx -> {
            tx.createUpdate("DELETE FROM entity_occurrences WHERE document_id = :d AND page = :p")
                    .bind("d", document)
                    .bind("p", page.page())
                    .execute();
            Map<String, Long> forms = new HashMap<>();
            int made = 0;
            for (FoundEntity f : found) {
                String key = EntityNames.key(f.text());
                if (key.isEmpty()) continue;
                String formKey = f.type().code() + '\n' + key;
                Long formId = forms.get(formKey);
                if (formId == null) {
                    Optional<Long> known = formId(tx, f.type(), key);
                    if (known.isEmpty()) {
                        // A new name: no other writer may make it at the same time; asked again once they are held.
                        database.holdWriters(tx, "entity_forms");
                        known = formId(tx, f.type(), key);
                    }
                    if (known.isPresent()) {
                        formId = known.get();
                    } else {
                        long entityId = tx.createUpdate(
                                        "INSERT INTO entities(type, name, name_key) VALUES (:type, :name, :key)")
                                .bind("type", f.type().code())
                                .bind("name", c.seal(NAME, "", EntityNames.display(f.text())))
                                .bind("key", c.token(NAME_KEY, key))
                                .executeAndReturnGeneratedKeys("id")
                                .mapTo(Long.class)
                                .one();
                        formId = insertForm(tx, f.type(), key, f.text(), entityId);
                        made++;
                    }
                    forms.put(formKey, formId);
                }
                tx.createUpdate("""
                                INSERT INTO entity_occurrences(document_id, page, start_offset, end_offset, form_id)
                                VALUES (:d, :p, :start, :end, :form) ON CONFLICT DO NOTHING
                                """)
                        .bind("d", document)
                        .bind("p", page.page())
                        .bind("start", f.start())
                        .bind("end", f.end())
                        .bind("form", formId)
                        .execute();
            }
            tx.createUpdate("""
                            INSERT INTO entity_pages(document_id, page, recogniser, done_at) VALUES (:d, :p, :v, :at)
                            ON CONFLICT(document_id, page) DO UPDATE SET recogniser = excluded.recogniser,
                                done_at = excluded.done_at
                            """)
                    .bind("d", document)
                    .bind("p", page.page())
                    .bind("v", version)
                    .bind("at", Instant.now().toString())
                    .execute();
            return made;
        });
    }

    private Optional<Long> formId(Handle tx, EntityType type, String key) {
        return tx.createQuery("SELECT id FROM entity_forms WHERE type = :type AND form_key = :key")
                .bind("type", type.code())
                .bind("key", c.token(FORM_KEY, key))
                .mapTo(Long.class)
                .findOne();
    }

    private long insertForm(Handle tx, EntityType type, String key, String form, long entityId) {
        return tx.createUpdate(
                        "INSERT INTO entity_forms(type, form_key, form, entity_id) VALUES (:type, :key, :form, :entity)")
                .bind("type", type.code())
                .bind("key", c.token(FORM_KEY, key))
                .bind("form", c.seal(FORM, "", EntityNames.display(form)))
                .bind("entity", entityId)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    @Override
    public synchronized List<Entity> entities(EntityType type, boolean includeHidden, Set<String> excludedDocuments) {
        Map<String, Object> binds = new HashMap<>();
        binds.put("type", type == null ? null : type.code());
        binds.put("hidden", includeHidden ? 1 : 0);
        return counted(
                " WHERE (CAST(:type AS TEXT) IS NULL OR e.type = :type) AND (:hidden = 1 OR e.hidden = 0)"
                        + " GROUP BY e.id HAVING COUNT(o.form_id) > 0",
                binds,
                excludedDocuments);
    }

    @Override
    public synchronized Optional<Entity> entity(long id, Set<String> excludedDocuments) {
        return counted(" WHERE e.id = :id GROUP BY e.id", Map.of("id", id), excludedDocuments).stream()
                .findFirst();
    }

    @Override
    public synchronized List<Entity> withName(String key, Set<String> excludedDocuments) {
        return counted(
                " WHERE e.name_key = :name OR e.id IN (SELECT entity_id FROM entity_forms WHERE form_key = :form)"
                        + " GROUP BY e.id",
                Map.of("name", c.token(NAME_KEY, key), "form", c.token(FORM_KEY, key)),
                excludedDocuments);
    }

    /**
     * Entities with counts and forms, by name (sorted here: the names may be encrypted in the database); the
     * occurrences on {@code excluded} documents are not joined, so they count nothing.
     */
    private List<Entity> counted(String where, Map<String, Object> binds, Set<String> excluded) {
        Exclusion x = new Exclusion(excluded.stream().map(c::hash).toList(), List.of());
        String sql = COUNTED + x.documents("o.document_id") + where; // a condition of the occurrences' join
        var q = x.bind(h.createQuery(sql), sql);
        binds.forEach(q::bind);
        Map<Long, Row> rows = new LinkedHashMap<>();
        q.map((rs, ctx) -> row(rs)).forEach(r -> rows.put(r.id(), r));
        if (rows.isEmpty()) return List.of();
        Map<Long, List<String>> forms = new HashMap<>();
        h.createQuery("SELECT entity_id, form FROM entity_forms WHERE entity_id IN (<ids>) ORDER BY id")
                .bindList("ids", new ArrayList<>(rows.keySet()))
                .map((rs, ctx) -> Map.entry(rs.getLong(1), c.open(FORM, "", rs.getString(2))))
                .forEach(e -> forms.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return rows.values().stream()
                .map(r -> new Entity(
                        r.id(),
                        r.type(),
                        r.name(),
                        r.hidden(),
                        forms.getOrDefault(r.id(), List.of()),
                        r.occurrences(),
                        r.pages(),
                        r.documents()))
                .sorted(Comparator.comparing((Entity e) -> EntityNames.key(e.name()))
                        .thenComparing(Entity::type)
                        .thenComparingLong(Entity::id))
                .toList();
    }

    private record Row(
            long id, EntityType type, String name, boolean hidden, int occurrences, int pages, int documents) {}

    private Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getLong("id"),
                EntityType.fromCode(rs.getString("type")),
                c.open(NAME, "", rs.getString("name")),
                rs.getInt("hidden") == 1,
                rs.getInt("occurrences"),
                rs.getInt("pages"),
                rs.getInt("documents"));
    }

    @Override
    public synchronized void rename(long id, String name) {
        h.useTransaction(tx -> {
            EntityType type = tx.createQuery("SELECT type FROM entities WHERE id = :id")
                    .bind("id", id)
                    .mapTo(String.class)
                    .findOne()
                    .map(EntityType::fromCode)
                    .orElseThrow(() -> new IllegalArgumentException("no entity " + id));
            String key = EntityNames.key(name);
            tx.createUpdate("UPDATE entities SET name = :name, name_key = :key WHERE id = :id")
                    .bind("name", c.seal(NAME, "", EntityNames.display(name)))
                    .bind("key", c.token(NAME_KEY, key))
                    .bind("id", id)
                    .execute();
            // The records' own writing of the new name lands here from now on, unless it already stands for another.
            if (formId(tx, type, key).isEmpty()) insertForm(tx, type, key, name, id);
        });
    }

    @Override
    public synchronized void merge(long into, long from) {
        if (into == from) throw new IllegalArgumentException("an entity cannot be merged into itself");
        h.useTransaction(tx -> {
            tx.createUpdate("UPDATE entity_forms SET entity_id = :into WHERE entity_id = :from")
                    .bind("into", into)
                    .bind("from", from)
                    .execute();
            tx.createUpdate("DELETE FROM entities WHERE id = :from")
                    .bind("from", from)
                    .execute();
        });
    }

    @Override
    public synchronized void setHidden(long id, boolean hidden) {
        h.createUpdate("UPDATE entities SET hidden = :hidden WHERE id = :id")
                .bind("hidden", hidden ? 1 : 0)
                .bind("id", id)
                .execute();
    }

    @Override
    public synchronized List<PageRef> pagesMentioning(long entityId) {
        return h.createQuery("""
                        SELECT DISTINCT o.document_id, o.page FROM entity_occurrences o
                          JOIN entity_forms f ON f.id = o.form_id
                        WHERE f.entity_id = :id ORDER BY o.document_id, o.page
                        """)
                .bind("id", entityId)
                .map((rs, ctx) -> new PageRef(c.unhash(rs.getString(1)), rs.getInt(2)))
                .list();
    }

    @Override
    public synchronized List<EntitySpan> spans(String documentId, int page) {
        return h.createQuery("""
                        SELECT o.start_offset, o.end_offset, e.type, e.name, e.id FROM entity_occurrences o
                          JOIN entity_forms f ON f.id = o.form_id
                          JOIN entities e ON e.id = f.entity_id
                        WHERE o.document_id = :d AND o.page = :p AND e.hidden = 0 ORDER BY o.start_offset
                        """)
                .bind("d", c.hash(documentId))
                .bind("p", page)
                .map((rs, ctx) -> new EntitySpan(
                        rs.getInt(1),
                        rs.getInt(2),
                        EntityType.fromCode(rs.getString(3)),
                        c.open(NAME, "", rs.getString(4)),
                        rs.getLong(5)))
                .list();
    }

    @Override
    public void close() {
        database.close();
    }
}
