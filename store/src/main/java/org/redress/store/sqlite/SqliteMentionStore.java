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
import org.redress.store.crypto.ColumnCipher;

/**
 * The mentions of an embedded case, in the case's SQLite file (tables {@code mention*}, migration V8). A hit's status
 * is never stored with the hit: it is read from the decision on the same person, page text and offsets, so that a
 * decision outlives the hit and applies to an identical page of another document.
 *
 * <p>Statement errors carry no bound values in their messages ({@link SqliteDatabase}): the values are the watch list
 * and the page's words. Content columns go through the database's {@link ColumnCipher} ({@link ContentColumns}); the
 * watched person of hits and decisions is a token under one label, so that they still join.
 */
public final class SqliteMentionStore implements MentionStore {
    private static final String SELECT = """
            SELECT m.*, COALESCE(d.status, 'new') AS status, COALESCE(d.reason, '') AS reason
            FROM mentions m LEFT JOIN mention_decisions d
              ON d.person = m.person AND d.page_sha = m.page_sha
             AND d.start_offset = m.start_offset AND d.end_offset = m.end_offset
            """;
    private final CaseDatabase database;
    private final Handle h;
    private final ColumnCipher c;

    public SqliteMentionStore(CaseDatabase database) {
        this.database = database;
        this.h = database.handle();
        this.c = database.cipher();
    }

    public static SqliteMentionStore open(Path file) {
        return new SqliteMentionStore(SqliteDatabase.open(file));
    }

    @Override
    public synchronized List<String> documentsToScreen(String fingerprint, int limit) {
        return h
                .createQuery("""
                        SELECT d.id FROM documents d LEFT JOIN mention_screening s ON s.document_id = d.id
                        WHERE s.fingerprint IS NULL OR s.fingerprint <> :f ORDER BY d.id LIMIT :limit
                        """)
                .bind("f", c.token("mention_screening.fingerprint", fingerprint))
                .bind("limit", limit)
                .mapTo(String.class)
                .list()
                .stream()
                .map(c::unhash)
                .toList();
    }

    @Override
    public synchronized int replaceHits(String documentId, String fingerprint, List<Mention> hits) {
        return h.inTransaction(tx -> {
            String document = c.hash(documentId);
            Set<String> before = new HashSet<>(tx.createQuery("SELECT id FROM mentions WHERE document_id = :d")
                    .bind("d", document)
                    .mapTo(String.class)
                    .list());
            tx.createUpdate("DELETE FROM mentions WHERE document_id = :d")
                    .bind("d", document)
                    .execute();
            int fresh = 0;
            Set<String> seen = new HashSet<>();
            for (Mention m : hits) {
                if (!m.documentId().equals(documentId)) throw new IllegalArgumentException("a hit of another document");
                if (!seen.add(m.id())) continue;
                String id = c.token("mentions.id", m.id());
                if (!before.contains(id)) fresh++;
                tx.createUpdate("""
                                INSERT INTO mentions(id, person, document_id, page, start_offset, end_offset, matched, score,
                                    rule, explanation, page_sha)
                                VALUES (:id, :person, :doc, :page, :start, :end, :matched, :score, :rule, :explanation, :sha)
                                """)
                        .bind("id", id)
                        .bind("person", c.token(ContentColumns.WATCHED_PERSON, m.person()))
                        .bind("doc", document)
                        .bind("page", m.page())
                        .bind("start", m.start())
                        .bind("end", m.end())
                        .bind("matched", c.seal("mentions.matched", m.id(), m.matched()))
                        .bind("score", m.score())
                        .bind("rule", m.rule())
                        .bind("explanation", c.seal("mentions.explanation", m.id(), String.join("\n", m.explanation())))
                        .bind("sha", c.hash(m.pageSha()))
                        .execute();
            }
            tx.createUpdate("""
                            INSERT INTO mention_screening(document_id, fingerprint, screened_at) VALUES (:d, :f, :at)
                            ON CONFLICT(document_id) DO UPDATE SET fingerprint = excluded.fingerprint,
                                screened_at = excluded.screened_at
                            """)
                    .bind("d", document)
                    .bind("f", c.token("mention_screening.fingerprint", fingerprint))
                    .bind("at", Instant.now().toString())
                    .execute();
            return fresh;
        });
    }

    @Override
    public synchronized List<Mention> mentions(String person, MentionStatus status) {
        // Person (ignoring case) and order are applied here: an encrypted case's columns hold tokens, not names.
        var q = h.createQuery(SELECT + " WHERE (CAST(:status AS TEXT) IS NULL OR COALESCE(d.status, 'new') = :status)");
        return q.bind("status", status == null ? null : status.code()).map((rs, ctx) -> mention(rs)).list().stream()
                .filter(m -> person == null || m.person().equalsIgnoreCase(person))
                .sorted(ORDER)
                .toList();
    }

    @Override
    public synchronized List<Mention> mentionsIn(String documentId) {
        return h.createQuery(
                        SELECT + " WHERE m.document_id = :d ORDER BY m.page, m.start_offset, m.person COLLATE NOCASE")
                .bind("d", c.hash(documentId))
                .map((rs, ctx) -> mention(rs))
                .list();
    }

    @Override
    public synchronized Optional<Mention> mention(String id) {
        if (id == null) return Optional.empty();
        return h.createQuery(SELECT + " WHERE m.id = :id")
                .bind("id", c.token("mentions.id", id))
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
                .bind("person", c.token(ContentColumns.WATCHED_PERSON, m.person()))
                .bind("sha", c.hash(m.pageSha()))
                .bind("start", m.start())
                .bind("end", m.end())
                .bind("status", decision.status().code())
                .bind(
                        "reason",
                        c.seal(
                                "mention_decisions.reason",
                                Rows.key(m.person(), m.pageSha(), m.start(), m.end()),
                                decision.reason()))
                .bind("at", decision.at().toString())
                .execute();
        return mention(decision.mentionId());
    }

    @Override
    public synchronized void forgetScreening() {
        h.execute("DELETE FROM mention_screening");
    }

    private static final java.util.Comparator<Mention> ORDER = java.util.Comparator.comparing(
                    Mention::person, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Mention::documentId)
            .thenComparingInt(Mention::page)
            .thenComparingInt(Mention::start);

    private Mention mention(ResultSet rs) throws SQLException {
        String id = c.untoken("mentions.id", rs.getString("id"));
        String person = c.untoken(ContentColumns.WATCHED_PERSON, rs.getString("person"));
        String pageSha = c.unhash(rs.getString("page_sha"));
        int start = rs.getInt("start_offset");
        int end = rs.getInt("end_offset");
        String explanation = c.open("mentions.explanation", id, rs.getString("explanation"));
        String reason = rs.getString("reason");
        return new Mention(
                id,
                person,
                c.unhash(rs.getString("document_id")),
                rs.getInt("page"),
                start,
                end,
                c.open("mentions.matched", id, rs.getString("matched")),
                rs.getDouble("score"),
                rs.getString("rule"),
                explanation.isEmpty() ? List.of() : List.of(explanation.split("\n", -1)),
                pageSha,
                MentionStatus.fromCode(rs.getString("status")),
                reason.isEmpty()
                        ? ""
                        : c.open("mention_decisions.reason", Rows.key(person, pageSha, start, end), reason));
    }

    @Override
    public void close() {
        database.close();
    }
}
