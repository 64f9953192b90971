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
import org.redress.core.port.ReuseStore;
import org.redress.core.reuse.MatchKind;
import org.redress.core.reuse.RecordToCompare;
import org.redress.core.reuse.ReferenceDocument;
import org.redress.core.reuse.ReferenceSource;
import org.redress.core.reuse.ReuseMatch;
import org.redress.store.crypto.ColumnCipher;

/**
 * Reference sources and text reuse of an embedded case (tables {@code reference_sources} and {@code reuse_*},
 * migration V14). Matches are offsets only: the passages' words stay in the pages; the document ids are content
 * hashes and the match ids tokens of the case's {@link ColumnCipher}, as everywhere.
 */
public final class SqliteReuseStore implements ReuseStore {
    /** A record: found in at least one source that is not a reference, and read (or failed) by ingest. */
    private static final String IS_RECORD = """
            d.status <> 'PENDING' AND EXISTS (SELECT 1 FROM locations l WHERE l.document_id = d.id
                AND l.source_id NOT IN (SELECT source_id FROM reference_sources))""";

    private static final String ID = "reuse_matches.id";
    private final CaseDatabase database;
    private final Handle h;
    private final ColumnCipher c;

    public SqliteReuseStore(CaseDatabase database) {
        this.database = database;
        this.h = database.handle();
        this.c = database.cipher();
    }

    public static SqliteReuseStore open(Path file) {
        return new SqliteReuseStore(SqliteDatabase.open(file));
    }

    @Override
    public synchronized void markReference(long sourceId, boolean isPrivate) {
        h.createUpdate("""
                        INSERT INTO reference_sources(source_id, private) VALUES (:s, :p)
                        ON CONFLICT(source_id) DO UPDATE SET private = excluded.private""").bind("s", sourceId).bind("p", isPrivate ? 1 : 0).execute();
    }

    @Override
    public synchronized List<ReferenceSource> referenceSources() {
        return h.createQuery("""
                        SELECT r.source_id, s.name, r.private FROM reference_sources r JOIN sources s ON s.id = r.source_id
                        ORDER BY r.source_id""")
                .map((rs, ctx) -> new ReferenceSource(
                        rs.getLong("source_id"),
                        c.untoken("sources.name", rs.getString("name")),
                        rs.getInt("private") == 1))
                .list();
    }

    @Override
    public synchronized List<ReferenceDocument> references() {
        return h.inTransaction(tx -> {
            tx.createUpdate("""
                            INSERT INTO reuse_references(document_id)
                            SELECT l.document_id FROM locations l JOIN reference_sources r ON r.source_id = l.source_id
                            JOIN documents d ON d.id = l.document_id WHERE d.status <> 'PENDING'
                            GROUP BY l.document_id ORDER BY MIN(l.rowid) ON CONFLICT (document_id) DO NOTHING""").execute();
            // Public as soon as one public reference source holds it: the group published those words.
            return tx.createQuery("""
                            SELECT x.seq, x.document_id, CASE WHEN EXISTS (SELECT 1 FROM locations l
                                JOIN reference_sources r ON r.source_id = l.source_id
                                WHERE l.document_id = x.document_id AND r.private = 0) THEN 0 ELSE 1 END AS private
                            FROM reuse_references x ORDER BY x.seq""")
                    .map((rs, ctx) -> new ReferenceDocument(
                            rs.getLong("seq"), c.unhash(rs.getString("document_id")), rs.getInt("private") == 1))
                    .list();
        });
    }

    @Override
    public synchronized List<RecordToCompare> recordsToCompare(long upToSeq, int limit) {
        return h.createQuery("SELECT d.id, COALESCE(c.up_to_seq, 0) AS up_to FROM documents d"
                        + " LEFT JOIN reuse_compared c ON c.document_id = d.id"
                        + " WHERE COALESCE(c.up_to_seq, 0) < :upTo AND " + IS_RECORD
                        + " ORDER BY up_to, d.id LIMIT :limit")
                .bind("upTo", upToSeq)
                .bind("limit", limit)
                .map((rs, ctx) -> new RecordToCompare(c.unhash(rs.getString("id")), rs.getLong("up_to")))
                .list();
    }

    @Override
    public synchronized int replaceMatches(String documentId, long afterSeq, long upToSeq, List<ReuseMatch> matches) {
        String document = c.hash(documentId);
        return h.inTransaction(tx -> {
            String ofThose = " FROM reuse_matches WHERE document_id = :d AND reference_document_id IN"
                    + " (SELECT document_id FROM reuse_references WHERE seq > :after)";
            Set<String> before = new HashSet<>(tx.createQuery("SELECT id" + ofThose)
                    .bind("d", document)
                    .bind("after", afterSeq)
                    .mapTo(String.class)
                    .list());
            tx.createUpdate("DELETE" + ofThose)
                    .bind("d", document)
                    .bind("after", afterSeq)
                    .execute();
            int fresh = 0;
            for (ReuseMatch m : matches) {
                if (!m.documentId().equals(documentId)) throw new IllegalArgumentException("a match of another record");
                int added = tx.createUpdate("""
                                INSERT INTO reuse_matches(id, reference_document_id, reference_start, reference_end,
                                    document_id, page, start_offset, end_offset, words, similarity, kind)
                                VALUES (:id, :ref, :rs, :re, :doc, :page, :s, :e, :words, :sim, :kind)
                                ON CONFLICT(id) DO NOTHING""")
                        .bind("id", c.token(ID, m.id()))
                        .bind("ref", c.hash(m.referenceDocumentId()))
                        .bind("rs", m.referenceStart())
                        .bind("re", m.referenceEnd())
                        .bind("doc", document)
                        .bind("page", m.page())
                        .bind("s", m.start())
                        .bind("e", m.end())
                        .bind("words", m.words())
                        .bind("sim", m.similarity())
                        .bind("kind", m.kind().code())
                        .execute();
                if (added == 1 && !before.contains(c.token(ID, m.id()))) fresh++;
            }
            tx.createUpdate("""
                            INSERT INTO reuse_compared(document_id, up_to_seq, compared_at) VALUES (:d, :up, :now)
                            ON CONFLICT(document_id) DO UPDATE SET up_to_seq = excluded.up_to_seq,
                                compared_at = excluded.compared_at""")
                    .bind("d", document)
                    .bind("up", upToSeq)
                    .bind("now", Instant.now().toString())
                    .execute();
            return fresh;
        });
    }

    @Override
    public synchronized List<ReuseMatch> matches() {
        // Sorted here: in an encrypted case the document ids in the table are tokens.
        return h.createQuery("SELECT * FROM reuse_matches").map((rs, ctx) -> match(rs)).list().stream()
                .sorted(java.util.Comparator.comparing(ReuseMatch::documentId)
                        .thenComparingInt(ReuseMatch::page)
                        .thenComparingInt(ReuseMatch::start)
                        .thenComparing(ReuseMatch::referenceDocumentId))
                .toList();
    }

    @Override
    public synchronized Optional<ReuseMatch> match(String id) {
        return h.createQuery("SELECT * FROM reuse_matches WHERE id = :id")
                .bind("id", c.token(ID, id == null ? "" : id.trim().toLowerCase(java.util.Locale.ROOT)))
                .map((rs, ctx) -> match(rs))
                .findOne();
    }

    @Override
    public synchronized void forgetComparisons() {
        h.useTransaction(tx -> {
            tx.createUpdate("DELETE FROM reuse_matches").execute();
            tx.createUpdate("DELETE FROM reuse_compared").execute();
        });
    }

    private ReuseMatch match(ResultSet rs) throws SQLException {
        return new ReuseMatch(
                c.untoken(ID, rs.getString("id")),
                c.unhash(rs.getString("reference_document_id")),
                rs.getInt("reference_start"),
                rs.getInt("reference_end"),
                c.unhash(rs.getString("document_id")),
                rs.getInt("page"),
                rs.getInt("start_offset"),
                rs.getInt("end_offset"),
                rs.getInt("words"),
                rs.getDouble("similarity"),
                MatchKind.fromCode(rs.getString("kind")));
    }

    @Override
    public synchronized void close() {
        database.close();
    }
}
