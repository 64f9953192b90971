package org.redress.store.sqlite;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.redress.core.corpus.CaseStatus;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.EmailHeaders;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Failure;
import org.redress.core.corpus.IngestRun;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;
import org.redress.core.corpus.Source;
import org.redress.core.port.DocumentStore;
import org.redress.store.crypto.ColumnCipher;

/**
 * The document store of an embedded case. All access goes through one handle and is
 * serialised: SQLite allows one writer, and the pipeline's writes are small. Content columns go through the
 * database's {@link ColumnCipher} (listed in {@link ContentColumns}); document ids are stored as their
 * {@link ColumnCipher#hash}.
 */
public final class SqliteDocumentStore implements DocumentStore {
    private final CaseDatabase database;
    private final Handle h;
    private final ColumnCipher c;
    private final Rows rows;
    /** The writes of several files in one transaction (see {@link #startBatch}), or null when one per write. */
    private WriteBatch batch;

    public SqliteDocumentStore(CaseDatabase database) {
        this.database = database;
        this.h = database.handle();
        this.c = database.cipher();
        this.rows = new Rows(c);
    }

    public static SqliteDocumentStore open(Path file) {
        return new SqliteDocumentStore(SqliteDatabase.open(file));
    }

    @Override
    public synchronized Source source(String name, LocalDate received) {
        h.createUpdate(
                        "INSERT INTO sources(name, received, ingested_at) VALUES (:name, :received, :now) ON CONFLICT(name) DO NOTHING")
                .bind("name", c.token("sources.name", name))
                .bind("received", received == null ? null : received.toString())
                .bind("now", Instant.now().toString())
                .execute();
        if (received != null) {
            h.createUpdate("UPDATE sources SET received = :received WHERE name = :name AND received IS NULL")
                    .bind("name", c.token("sources.name", name))
                    .bind("received", received.toString())
                    .execute();
        }
        return h.createQuery("SELECT * FROM sources WHERE name = :name")
                .bind("name", c.token("sources.name", name))
                .map((rs, ctx) -> rows.source(rs))
                .one();
    }

    @Override
    public synchronized List<Source> sources() {
        return h.createQuery("SELECT * FROM sources ORDER BY id")
                .map((rs, ctx) -> rows.source(rs))
                .list();
    }

    @Override
    public synchronized Optional<Source> sourceById(long id) {
        return h.createQuery("SELECT * FROM sources WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> rows.source(rs))
                .findOne();
    }

    @Override
    public synchronized Optional<Document> document(String id) {
        if (!Sha256.isHex(id)) return Optional.empty();
        return h.createQuery("SELECT * FROM documents WHERE id = :id")
                .bind("id", c.hash(id))
                .map((rs, ctx) -> rows.document(rs))
                .findOne();
    }

    @Override
    public synchronized Optional<Document> documentByPrefix(String prefix) {
        String p = prefix == null ? "" : prefix.trim().toLowerCase(java.util.Locale.ROOT);
        if (p.length() < 6 || !p.chars().allMatch(c -> Character.digit(c, 16) >= 0)) return Optional.empty();
        if (c.encrypts()) {
            // Stored ids are tokens: the prefix is looked for among the ids they stand for.
            List<String> found = h.createQuery("SELECT id FROM documents").mapTo(String.class).stream()
                    .map(c::unhash)
                    .filter(id -> id.startsWith(p))
                    .limit(2)
                    .toList();
            return found.size() == 1 ? document(found.get(0)) : Optional.empty();
        }
        List<Document> found = h.createQuery("SELECT * FROM documents WHERE id >= :p AND id < :end ORDER BY id LIMIT 2")
                .bind("p", p)
                .bind("end", p + "g")
                .map((rs, ctx) -> rows.document(rs))
                .list();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    @Override
    public synchronized void saveExtraction(Document d, List<Page> pages) {
        written();
        atomically(tx -> {
            EmailHeaders e = d.email();
            String id = d.id();
            String row = id;
            tx.createUpdate("""
                    INSERT INTO documents(id, size, media_type, title, author, created, modified, language,
                        email_from, email_to, email_cc, email_bcc, email_sent, email_subject, message_id, in_reply_to, email_references, is_email,
                        status, status_detail, opened_with, page_count, indexed, updated_at)
                    VALUES (:id, :size, :mediaType, :title, :author, :created, :modified, :language,
                        :from, :to, :cc, :bcc, :sent, :subject, :messageId, :inReplyTo, :references, :isEmail,
                        :status, :detail, :openedWith, :pageCount, 0, :now)
                    ON CONFLICT(id) DO UPDATE SET size=excluded.size, media_type=excluded.media_type, title=excluded.title,
                        author=excluded.author, created=excluded.created, modified=excluded.modified, language=excluded.language,
                        email_from=excluded.email_from, email_to=excluded.email_to, email_cc=excluded.email_cc,
                        email_bcc=excluded.email_bcc, email_sent=excluded.email_sent, email_subject=excluded.email_subject,
                        message_id=excluded.message_id, in_reply_to=excluded.in_reply_to, email_references=excluded.email_references,
                        is_email=excluded.is_email,
                        status=excluded.status, status_detail=excluded.status_detail, opened_with=excluded.opened_with,
                        page_count=excluded.page_count, indexed=0, updated_at=excluded.updated_at
                    """)
                    .bind("id", c.hash(id))
                    .bind("size", d.size())
                    .bind("mediaType", c.seal("documents.media_type", row, d.mediaType()))
                    .bind("title", c.seal("documents.title", row, d.title()))
                    .bind("author", c.seal("documents.author", row, d.author()))
                    .bind("created", c.seal("documents.created", row, Rows.text(d.created())))
                    .bind("modified", c.seal("documents.modified", row, Rows.text(d.modified())))
                    .bind("language", c.seal("documents.language", row, d.language()))
                    .bind("from", c.seal("documents.email_from", row, e == null ? null : e.from()))
                    .bind("to", c.seal("documents.email_to", row, e == null ? null : Rows.lines(e.to())))
                    .bind("cc", c.seal("documents.email_cc", row, e == null ? null : Rows.lines(e.cc())))
                    .bind("bcc", c.seal("documents.email_bcc", row, e == null ? null : Rows.lines(e.bcc())))
                    .bind("sent", c.seal("documents.email_sent", row, e == null ? null : Rows.text(e.sent())))
                    .bind("subject", c.seal("documents.email_subject", row, e == null ? null : e.subject()))
                    .bind("messageId", c.seal("documents.message_id", row, e == null ? null : e.messageId()))
                    .bind("inReplyTo", c.seal("documents.in_reply_to", row, e == null ? null : e.inReplyTo()))
                    .bind(
                            "references",
                            c.seal(
                                    "documents.email_references",
                                    row,
                                    e == null ? null : String.join("\n", e.references())))
                    .bind("isEmail", e == null ? 0 : 1)
                    .bind("status", d.status().name())
                    .bind("detail", c.seal("documents.status_detail", row, d.statusDetail()))
                    .bind("openedWith", c.seal("documents.opened_with", row, d.openedWithPassword()))
                    .bind("pageCount", pages.size())
                    .bind("now", Instant.now().toString())
                    .execute();
            tx.createUpdate("DELETE FROM pages WHERE document_id = :id")
                    .bind("id", c.hash(id))
                    .execute();
            PreparedBatch batch =
                    tx.prepareBatch("INSERT INTO pages(document_id, number, text, ocr) VALUES (:d, :n, :t, :o)");
            for (Page p : pages)
                batch.bind("d", c.hash(id))
                        .bind("n", p.number())
                        .bind("t", c.seal("pages.text", Rows.key(id, p.number()), p.text()))
                        .bind("o", p.ocr() ? 1 : 0)
                        .add();
            if (!pages.isEmpty()) batch.execute();
        });
    }

    @Override
    public synchronized void setStatus(String documentId, ExtractionStatus status, String detail) {
        written();
        h.createUpdate(
                        "UPDATE documents SET status = :s, status_detail = :d, indexed = 0, updated_at = :now WHERE id = :id")
                .bind("s", status.name())
                .bind("d", c.seal("documents.status_detail", documentId, detail))
                .bind("now", Instant.now().toString())
                .bind("id", c.hash(documentId))
                .execute();
    }

    @Override
    public synchronized boolean addLocation(Location l) {
        written();
        return h.createUpdate("""
                INSERT INTO locations(document_id, source_id, parent_id, path, seen_at) VALUES (:d, :s, :p, :path, :now)
                ON CONFLICT(document_id, source_id, parent_id, path) DO NOTHING""")
                        .bind("d", c.hash(l.documentId()))
                        .bind("s", l.sourceId())
                        .bind("p", l.parentId() == null ? "" : c.hash(l.parentId()))
                        .bind("path", c.token("locations.path", l.path()))
                        .bind("now", Instant.now().toString())
                        .execute()
                == 1;
    }

    @Override
    public synchronized List<Location> locations(String documentId) {
        return locationsWhere("document_id", c.hash(documentId));
    }

    @Override
    public synchronized List<Location> children(String parentId) {
        return locationsWhere("parent_id", c.hash(parentId));
    }

    @Override
    public synchronized List<Location> locationsOfSource(long sourceId) {
        return locationsWhere("source_id", sourceId);
    }

    /** Locations by one of their columns (a fixed name from this class, never user text), in the order recorded. */
    private List<Location> locationsWhere(String column, Object value) {
        return h.createQuery("SELECT * FROM locations WHERE " + column + " = :v ORDER BY rowid")
                .bind("v", value)
                .map((rs, ctx) -> rows.location(rs))
                .list();
    }

    @Override
    public synchronized List<Document> documents() {
        return h.createQuery("SELECT * FROM documents").map((rs, ctx) -> rows.document(rs)).list().stream()
                .sorted(java.util.Comparator.comparing(Document::id))
                .toList();
    }

    @Override
    public synchronized List<Document> emails() {
        // Sorted here, by when sent (undated last), then id: in an encrypted case both are sealed or hashed.
        java.util.Comparator<Document> sent = java.util.Comparator.comparing(
                d -> d.email().sent(), java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        return h
                .createQuery("SELECT * FROM documents WHERE is_email = 1")
                .map((rs, ctx) -> rows.document(rs))
                .list()
                .stream()
                .sorted(sent.thenComparing(Document::id))
                .toList();
    }

    @Override
    public synchronized List<String> emailsWithoutReferences() {
        return h
                .createQuery("SELECT id FROM documents WHERE is_email = 1 AND email_references IS NULL")
                .mapTo(String.class)
                .list()
                .stream()
                .map(c::unhash)
                .sorted()
                .toList();
    }

    @Override
    public synchronized void setEmailReferences(String documentId, List<String> references) {
        // An empty list is stored as '' so that the email is not read again for headers it does not have.
        h.createUpdate("UPDATE documents SET email_references = :r WHERE id = :id AND is_email = 1")
                .bind(
                        "r",
                        c.seal(
                                "documents.email_references",
                                documentId,
                                references.isEmpty() ? "" : Rows.lines(references)))
                .bind("id", c.hash(documentId))
                .execute();
    }

    @Override
    public synchronized List<Page> pages(String documentId) {
        return h.createQuery("SELECT * FROM pages WHERE document_id = :d ORDER BY number")
                .bind("d", c.hash(documentId))
                .map((rs, ctx) -> rows.page(rs))
                .list();
    }

    @Override
    public synchronized Optional<Page> page(String documentId, int number) {
        return h.createQuery("SELECT * FROM pages WHERE document_id = :d AND number = :n")
                .bind("d", c.hash(documentId))
                .bind("n", number)
                .map((rs, ctx) -> rows.page(rs))
                .findOne();
    }

    @Override
    public synchronized void recordFailure(Failure f) {
        written();
        h.createUpdate("""
                INSERT INTO failures(source_id, path, document_id, reason, at) VALUES (:s, :p, :d, :r, :at)
                ON CONFLICT(source_id, path) DO UPDATE SET document_id = excluded.document_id, reason = excluded.reason, at = excluded.at""")
                .bind("s", f.sourceId())
                .bind("p", c.token("failures.path", f.path()))
                .bind("d", c.hash(f.documentId()))
                .bind("r", c.seal("failures.reason", Rows.key(f.sourceId(), f.path()), f.reason()))
                .bind("at", Rows.text(f.at() == null ? Instant.now() : f.at()))
                .execute();
    }

    @Override
    public synchronized void clearFailure(long sourceId, String path) {
        written();
        h.createUpdate("DELETE FROM failures WHERE source_id = :s AND path = :p")
                .bind("s", sourceId)
                .bind("p", c.token("failures.path", path))
                .execute();
    }

    @Override
    public synchronized void clearFailuresOf(String documentId) {
        written();
        h.createUpdate("DELETE FROM failures WHERE document_id = :d")
                .bind("d", c.hash(documentId))
                .execute();
    }

    @Override
    public synchronized List<Failure> failures() {
        return h.createQuery("SELECT * FROM failures ORDER BY rowid")
                .map((rs, ctx) -> rows.failure(rs))
                .list();
    }

    @Override
    public synchronized List<String> documentsToIndex(int limit) {
        return h
                .createQuery("SELECT id FROM documents WHERE indexed = 0 AND status <> 'PENDING' LIMIT :l")
                .bind("l", limit)
                .mapTo(String.class)
                .list()
                .stream()
                .map(c::unhash)
                .toList();
    }

    @Override
    public synchronized void markIndexed(List<String> documentIds) {
        written();
        atomically(tx -> {
            PreparedBatch batch = tx.prepareBatch("UPDATE documents SET indexed = 1 WHERE id = :id");
            documentIds.forEach(id -> batch.bind("id", c.hash(id)).add());
            if (!documentIds.isEmpty()) batch.execute();
        });
    }

    @Override
    public synchronized void markAllUnindexed() {
        h.createUpdate("UPDATE documents SET indexed = 0").execute();
    }

    @Override
    public synchronized IngestRun startRun(long sourceId, String arguments) {
        Instant now = Instant.now();
        long id = h.createUpdate("INSERT INTO ingest_runs(source_id, arguments, started) VALUES (:s, :a, :t)")
                .bind("s", sourceId)
                .bind("a", c.token("ingest_runs.arguments", arguments))
                .bind("t", now.toString())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        return new IngestRun(id, sourceId, arguments, now, null);
    }

    @Override
    public synchronized void finishRun(long runId) {
        Instant now = Instant.now();
        // An interrupted earlier run of the same arguments is finished by this one.
        h.createUpdate("""
                UPDATE ingest_runs SET finished = :t
                WHERE id = :id OR (finished IS NULL AND arguments = (SELECT arguments FROM ingest_runs WHERE id = :id)
                                   AND source_id = (SELECT source_id FROM ingest_runs WHERE id = :id))""").bind("t", now.toString()).bind("id", runId).execute();
    }

    @Override
    public synchronized CaseStatus status(Set<String> excludedDocuments, Set<Long> excludedSources) {
        Exclusion x = new Exclusion(excludedDocuments.stream().map(c::hash).toList(), List.copyOf(excludedSources));
        String docs = x.documents("id");
        long documents = x.count(h, "SELECT count(*) FROM documents WHERE 1 = 1" + docs);
        long pages = x.count(h, "SELECT count(*) FROM pages WHERE 1 = 1" + x.documents("document_id"));
        long ocrPages = x.count(h, "SELECT count(*) FROM pages WHERE ocr = 1" + x.documents("document_id"));
        long sources = x.count(h, "SELECT count(*) FROM sources WHERE 1 = 1" + x.sources("id"));
        long failures = x.count(
                h,
                "SELECT count(*) FROM failures WHERE 1 = 1" + x.sources("source_id")
                        + x.documentsOrNone("document_id"));
        long pending = x.count(h, "SELECT count(*) FROM documents WHERE status = 'PENDING'" + docs);
        long needsOcr = x.count(h, "SELECT count(*) FROM documents WHERE status = 'NEEDS_OCR'" + docs);
        String runs = "SELECT * FROM ingest_runs WHERE finished IS NULL" + x.sources("source_id") + " ORDER BY id";
        List<IngestRun> unfinished = x.bind(h.createQuery(runs), runs)
                .map((rs, ctx) -> new IngestRun(
                        rs.getLong("id"),
                        rs.getLong("source_id"),
                        c.untoken("ingest_runs.arguments", rs.getString("arguments")),
                        Rows.instant(rs.getString("started")),
                        null))
                .list();
        return new CaseStatus(documents, pages, ocrPages, sources, failures, pending, needsOcr, unfinished);
    }

    @Override
    public synchronized void startBatch() {
        if (batch == null) batch = new WriteBatch(h);
    }

    @Override
    public synchronized void commitBatch() {
        if (batch != null) batch.commit();
    }

    @Override
    public synchronized void endBatch() {
        if (batch != null) batch.commit();
        batch = null;
    }

    /**
     * Runs {@code writes} all or nothing. Inside a group's transaction a nested transaction would only run them, so a
     * failure half-way would leave its first rows to be committed with the group: a savepoint undoes them instead.
     */
    private void atomically(org.jdbi.v3.core.HandleConsumer<RuntimeException> writes) {
        if (!h.isInTransaction()) {
            h.useTransaction(writes);
            return;
        }
        h.savepoint("one_write");
        try {
            writes.useHandle(h);
        } catch (RuntimeException e) {
            h.rollbackToSavepoint("one_write");
            throw e;
        } finally {
            h.release("one_write");
        }
    }

    /** Called before each write: opens the group's transaction, or commits it once it is due. */
    private void written() {
        if (batch != null) batch.write();
    }

    @Override
    public synchronized void close() {
        endBatch();
        database.close();
    }
}
