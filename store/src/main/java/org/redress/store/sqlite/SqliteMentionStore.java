package org.redress.store.sqlite;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.redress.core.mentions.Decision;
import org.redress.core.mentions.Mention;
import org.redress.core.mentions.MentionStatus;
import org.redress.core.port.MentionStore;

/**
 * The mentions of an embedded case, in the case's SQLite file (tables {@code mention*}, migration V8). A hit's status
 * is never stored with the hit: it is read from the decision on the same person, page text and offsets, so that a
 * decision outlives the hit and applies to an identical page of another document.
 *
 * <p>Statement errors carry no bound values in their messages ({@link SqliteDatabase}): the values are the watch list
 * and the page's words.
 */
public final class SqliteMentionStore implements MentionStore {
    private static final String SELECT = """
            SELECT m.*, COALESCE(d.status, 'new') AS status, COALESCE(d.reason, '') AS reason
            FROM mentions m LEFT JOIN mention_decisions d
              ON d.person = m.person AND d.page_sha = m.page_sha
             AND d.start_offset = m.start_offset AND d.end_offset = m.end_offset
            """;
    private final SqliteDatabase database;
    private final Handle h;

    public SqliteMentionStore(SqliteDatabase database) {
        this.database = database;
        this.h = database.handle();
    }

    public static SqliteMentionStore open(Path file) {
        return new SqliteMentionStore(SqliteDatabase.open(file));
    }

    @Override
    public synchronized List<String> documentsToScreen(String fingerprint, int limit) {
        return h.createQuery("""
                        SELECT d.id FROM documents d LEFT JOIN mention_screening s ON s.document_id = d.id
                        WHERE s.fingerprint IS NULL OR s.fingerprint <> :f ORDER BY d.id LIMIT :limit
                        """)
                .bind("f", fingerprint)
                .bind("limit", limit)
                .mapTo(String.class)
                .list();
    }

    @Override
    public synchronized int replaceHits(String documentId, String fingerprint, List<Mention> hits) {
        return h.inTransaction(tx -> {
            Set<String> before = new HashSet<>(tx.createQuery("SELECT id FROM mentions WHERE document_id = :d")
                    .bind("d", documentId)
                    .mapTo(String.class)
                    .list());
            tx.createUpdate("DELETE FROM mentions WHERE document_id = :d")
                    .bind("d", documentId)
                    .execute();
            int fresh = 0;
            Set<String> seen = new HashSet<>();
            for (Mention m : hits) {
                if (!m.documentId().equals(documentId)) throw new IllegalArgumentException("a hit of another document");
                if (!seen.add(m.id())) continue;
                if (!before.contains(m.id())) fresh++;
                tx.createUpdate("""
                                INSERT INTO mentions(id, person, document_id, page, start_offset, end_offset, matched, score,
                                    rule, explanation, page_sha)
                                VALUES (:id, :person, :doc, :page, :start, :end, :matched, :score, :rule, :explanation, :sha)
                                """)
                        .bind("id", m.id())
                        .bind("person", m.person())
                        .bind("doc", documentId)
                        .bind("page", m.page())
                        .bind("start", m.start())
                        .bind("end", m.end())
                        .bind("matched", m.matched())
                        .bind("score", m.score())
                        .bind("rule", m.rule())
                        .bind("explanation", String.join("\n", m.explanation()))
                        .bind("sha", m.pageSha())
                        .execute();
            }
            tx.createUpdate("""
                            INSERT INTO mention_screening(document_id, fingerprint, screened_at) VALUES (:d, :f, :at)
                            ON CONFLICT(document_id) DO UPDATE SET fingerprint = excluded.fingerprint,
                                screened_at = excluded.screened_at
                            """)
                    .bind("d", documentId)
                    .bind("f", fingerprint)
                    .bind("at", Instant.now().toString())
                    .execute();
            return fresh;
        });
    }

    @Override
    public synchronized List<Mention> mentions(String person, MentionStatus status) {
        var q = h.createQuery(SELECT
                + " WHERE (:person IS NULL OR m.person = :person) AND (:status IS NULL OR COALESCE(d.status, 'new') = :status)"
                + " ORDER BY m.person COLLATE NOCASE, m.document_id, m.page, m.start_offset");
        return q.bind("person", person)
                .bind("status", status == null ? null : status.code())
                .map((rs, ctx) -> mention(rs))
                .list();
    }

    @Override
    public synchronized List<Mention> mentionsIn(String documentId) {
        return h.createQuery(
                        SELECT + " WHERE m.document_id = :d ORDER BY m.page, m.start_offset, m.person COLLATE NOCASE")
                .bind("d", documentId)
                .map((rs, ctx) -> mention(rs))
                .list();
    }

    @Override
    public synchronized Optional<Mention> mention(String id) {
        return h.createQuery(SELECT + " WHERE m.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> mention(rs))
                .findOne();
    }

    @Override
    public synchronized Optional<Mention> decide(Decision decision) {
        Optional<Mention> hit = mention(decision.mentionId());
        if (hit.isEmpty()) return Optional.empty();
        Mention m = hit.get();
        h.createUpdate("""
                        INSERT INTO mention_decisions(person, page_sha, start_offset, end_offset, status, reason, decided_at)
                        VALUES (:person, :sha, :start, :end, :status, :reason, :at)
                        ON CONFLICT(person, page_sha, start_offset, end_offset) DO UPDATE SET status = excluded.status,
                            reason = excluded.reason, decided_at = excluded.decided_at
                        """)
                .bind("person", m.person())
                .bind("sha", m.pageSha())
                .bind("start", m.start())
                .bind("end", m.end())
                .bind("status", decision.status().code())
                .bind("reason", decision.reason())
                .bind("at", decision.at().toString())
                .execute();
        return mention(decision.mentionId());
    }

    @Override
    public synchronized void forgetScreening() {
        h.execute("DELETE FROM mention_screening");
    }

    private static Mention mention(ResultSet rs) throws SQLException {
        String explanation = rs.getString("explanation");
        return new Mention(
                rs.getString("id"),
                rs.getString("person"),
                rs.getString("document_id"),
                rs.getInt("page"),
                rs.getInt("start_offset"),
                rs.getInt("end_offset"),
                rs.getString("matched"),
                rs.getDouble("score"),
                rs.getString("rule"),
                explanation.isEmpty() ? List.of() : List.of(explanation.split("\n", -1)),
                rs.getString("page_sha"),
                MentionStatus.fromCode(rs.getString("status")),
                rs.getString("reason"));
    }

    @Override
    public void close() {
        database.close();
    }
}
