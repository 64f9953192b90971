package org.redress.store.sqlite;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.redress.core.marks.Mark;
import org.redress.core.marks.MarkStage;
import org.redress.core.port.MarkStore;
import org.redress.store.crypto.ColumnCipher;

/**
 * The marks of an embedded case, in the case's SQLite file (tables {@code marks} and {@code mark_runs}, migration
 * V10). This is the one class whose statements touch the marks' content columns: {@code value} and {@code sentence},
 * the page's own words, and {@code code} and {@code label}, which for a flag are the lexicon term it matched and the
 * lexicon's name (a case's own lexicon can make a term a person's name). All four are only read back, never looked
 * up: the redaction report groups by exemption and the flags list by term in Java. Statement errors carry no bound
 * values ({@link SqliteDatabase}).
 */
public final class SqliteMarkStore implements MarkStore {
    private static final String ID = "marks.id";
    private static final String VALUE = "marks.value";
    private static final String SENTENCE = "marks.sentence";
    private static final String CODE = "marks.code";
    private static final String LABEL = "marks.label";
    private static final String FINGERPRINT = "mark_runs.fingerprint";
    private static final String ORDER = " ORDER BY document_id, page, start_offset, end_offset, kind";
    private final CaseDatabase database;
    private final Handle h;
    private final ColumnCipher c;

    public SqliteMarkStore(CaseDatabase database) {
        this.database = database;
        this.h = database.handle();
        this.c = database.cipher();
    }

    public static SqliteMarkStore open(Path file) {
        return new SqliteMarkStore(SqliteDatabase.open(file));
    }

    /** "A document is stale for some stage": one NOT EXISTS per stage, its fingerprint bound as :f_stage. */
    private static String stale(Map<MarkStage, String> fingerprints) {
        if (fingerprints.isEmpty()) throw new IllegalArgumentException("no stage to mark");
        StringBuilder where = new StringBuilder();
        for (MarkStage s : fingerprints.keySet()) {
            if (where.length() > 0) where.append(" OR ");
            where.append("NOT EXISTS (SELECT 1 FROM mark_runs r WHERE r.document_id = d.id AND r.stage = '")
                    .append(s.code())
                    .append("' AND r.fingerprint = :f_")
                    .append(s.code())
                    .append(")");
        }
        return where.toString();
    }

    private Query bind(Query q, Map<MarkStage, String> fingerprints) {
        fingerprints.forEach((s, f) -> q.bind("f_" + s.code(), c.token(FINGERPRINT, f)));
        return q;
    }

    @Override
    public synchronized List<String> documentsToMark(Map<MarkStage, String> fingerprints, int limit) {
        Query q = h.createQuery(
                "SELECT d.id FROM documents d WHERE " + stale(fingerprints) + " ORDER BY d.id LIMIT :limit");
        return bind(q, fingerprints).bind("limit", limit).mapTo(String.class).list().stream()
                .map(c::unhash)
                .toList();
    }

    @Override
    public synchronized long countToMark(Map<MarkStage, String> fingerprints) {
        Query q = h.createQuery("SELECT COUNT(*) FROM documents d WHERE " + stale(fingerprints));
        return bind(q, fingerprints).mapTo(Long.class).one();
    }

    @Override
    public synchronized Map<MarkStage, String> markedWith(String documentId) {
        Map<MarkStage, String> out = new EnumMap<>(MarkStage.class);
        h.createQuery("SELECT stage, fingerprint FROM mark_runs WHERE document_id = :d")
                .bind("d", c.hash(documentId))
                .map((rs, ctx) -> Map.entry(
                        MarkStage.fromCode(rs.getString("stage")), c.untoken(FINGERPRINT, rs.getString("fingerprint"))))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public synchronized int replaceMarks(String documentId, MarkStage stage, String fingerprint, List<Mark> marks) {
        String document = c.hash(documentId);
        return h.inTransaction(tx -> {
            Set<String> before =
                    new HashSet<>(tx.createQuery("SELECT id FROM marks WHERE document_id = :d AND stage = :s")
                            .bind("d", document)
                            .bind("s", stage.code())
                            .mapTo(String.class)
                            .list());
            tx.createUpdate("DELETE FROM marks WHERE document_id = :d AND stage = :s")
                    .bind("d", document)
                    .bind("s", stage.code())
                    .execute();
            int fresh = 0;
            Set<String> seen = new HashSet<>();
            // Two team-server workers may mark the same document at once (each run marks what is not marked yet):
            // the other's rows are the same marks (an id is the document, place, kind and code), so they stand.
            for (Mark m : marks) {
                if (!m.documentId().equals(documentId) || m.stage() != stage)
                    throw new IllegalArgumentException("a mark of another document or stage");
                if (!seen.add(m.id())) continue;
                String id = c.token(ID, m.id());
                if (!before.contains(id)) fresh++;
                tx.createUpdate("""
                                INSERT INTO marks(id, document_id, page, start_offset, end_offset, stage, kind, code, label,
                                    value, sentence)
                                VALUES (:id, :doc, :page, :start, :end, :stage, :kind, :code, :label, :value, :sentence)
                                ON CONFLICT(id) DO NOTHING
                                """)
                        .bind("id", id)
                        .bind("doc", document)
                        .bind("page", m.page())
                        .bind("start", m.start())
                        .bind("end", m.end())
                        .bind("stage", stage.code())
                        .bind("kind", m.kind())
                        .bind("code", c.seal(CODE, m.id(), m.code()))
                        .bind("label", c.seal(LABEL, m.id(), m.label()))
                        .bind("value", c.seal(VALUE, m.id(), m.value()))
                        .bind("sentence", c.seal(SENTENCE, m.id(), m.sentence()))
                        .execute();
            }
            tx.createUpdate("""
                            INSERT INTO mark_runs(document_id, stage, fingerprint, marked_at) VALUES (:d, :s, :f, :at)
                            ON CONFLICT(document_id, stage) DO UPDATE SET fingerprint = excluded.fingerprint,
                                marked_at = excluded.marked_at
                            """)
                    .bind("d", document)
                    .bind("s", stage.code())
                    .bind("f", c.token(FINGERPRINT, fingerprint))
                    .bind("at", Instant.now().toString())
                    .execute();
            return fresh;
        });
    }

    @Override
    public synchronized List<Mark> marks(MarkStage stage, String documentId) {
        return h.createQuery(
                        "SELECT * FROM marks WHERE (CAST(:s AS TEXT) IS NULL OR stage = :s) AND (CAST(:d AS TEXT) IS NULL OR document_id = :d)"
                                + ORDER)
                .bind("s", stage == null ? null : stage.code())
                .bind("d", documentId == null ? null : c.hash(documentId))
                .map((rs, ctx) -> mark(rs))
                .list();
    }

    @Override
    public synchronized List<Mark> marksOnPage(String documentId, int page) {
        return h.createQuery("SELECT * FROM marks WHERE document_id = :d AND page = :p" + ORDER)
                .bind("d", c.hash(documentId))
                .bind("p", page)
                .map((rs, ctx) -> mark(rs))
                .list();
    }

    @Override
    public synchronized Optional<Mark> mark(String id) {
        return h.createQuery("SELECT * FROM marks WHERE id = :id")
                .bind("id", c.token(ID, id))
                .map((rs, ctx) -> mark(rs))
                .findOne();
    }

    @Override
    public synchronized void forgetMarking() {
        h.execute("DELETE FROM mark_runs");
    }

    private Mark mark(ResultSet rs) throws SQLException {
        String id = c.untoken(ID, rs.getString("id"));
        return new Mark(
                id,
                c.unhash(rs.getString("document_id")),
                rs.getInt("page"),
                rs.getInt("start_offset"),
                rs.getInt("end_offset"),
                MarkStage.fromCode(rs.getString("stage")),
                rs.getString("kind"),
                c.open(CODE, id, rs.getString("code")),
                c.open(LABEL, id, rs.getString("label")),
                c.open(VALUE, id, rs.getString("value")),
                c.open(SENTENCE, id, rs.getString("sentence")));
    }

    @Override
    public void close() {
        database.close();
    }
}
