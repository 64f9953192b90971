package org.redress.store.sqlite;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.redress.core.port.RequestStore;
import org.redress.core.requests.Attachment;
import org.redress.core.requests.Correspondence;
import org.redress.core.requests.Direction;
import org.redress.core.requests.InvalidRequestException;
import org.redress.core.requests.Production;
import org.redress.core.requests.Request;
import org.redress.core.requests.RequestStatus;
import org.redress.core.requests.Tolled;
import org.redress.store.crypto.ColumnCipher;

/**
 * The records requests of an embedded case, in the case's SQLite database. Access is serialised. Content columns go
 * through the database's {@link ColumnCipher} ({@link ContentColumns}), bound to the row's id: a new row is inserted
 * first and its content written once its id is known, in the same transaction.
 */
public final class SqliteRequestStore implements RequestStore {
    private final CaseDatabase database;
    private final Handle h;
    private final ColumnCipher c;

    public SqliteRequestStore(CaseDatabase database) {
        this.database = database;
        this.h = database.handle();
        this.c = database.cipher();
    }

    public static SqliteRequestStore open(Path file) {
        return new SqliteRequestStore(SqliteDatabase.open(file));
    }

    @Override
    public synchronized Request add(Request r) {
        Instant now = Instant.now();
        long id = h.inTransaction(tx -> {
            long made = tx.createUpdate("""
                    INSERT INTO requests(law_id, agency, subject, status, created_at, updated_at)
                    VALUES (:law, '', '', :status, :now, :now)""")
                    .bind("law", c.token(ContentColumns.LAW_ID, r.lawId()))
                    .bind("status", r.status().id())
                    .bind("now", now.toString())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            update(tx, r, made, now);
            return made;
        });
        return r.withId(id, now, now);
    }

    @Override
    public synchronized Optional<Request> update(Request r) {
        int n = update(h, r, r.id(), Instant.now());
        return n == 0 ? Optional.empty() : request(r.id());
    }

    private int update(Handle tx, Request r, long id, Instant now) {
        return bind(tx.createUpdate("""
                UPDATE requests SET law_id = :law, agency = :agency, office = :office, subject = :subject, filed = :filed,
                    received = :received, tracking_number = :tracking, status = :status, fees = :fees, extension = :extension,
                    expedited = :expedited, tolled = :tolled, determined = :determined, appealed = :appealed,
                    appeal_agency = :appealAgency, notes = :notes, updated_at = :now
                WHERE id = :id"""), r, Long.toString(id))
                .bind("now", now.toString())
                .bind("id", id)
                .execute();
    }

    private <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bind(T s, Request r, String row) {
        return s.bind("law", c.token(ContentColumns.LAW_ID, r.lawId()))
                .bind("agency", c.seal("requests.agency", row, r.agency()))
                .bind("office", c.seal("requests.office", row, r.office()))
                .bind("subject", c.seal("requests.subject", row, r.subject()))
                .bind("filed", date(r.filed()))
                .bind("received", date(r.received()))
                .bind("tracking", c.seal("requests.tracking_number", row, r.trackingNumber()))
                .bind("status", r.status().id())
                .bind(
                        "fees",
                        c.seal(
                                "requests.fees",
                                row,
                                r.fees() == null ? null : r.fees().toPlainString()))
                .bind("extension", r.extension() ? 1 : 0)
                .bind("expedited", r.expedited() ? 1 : 0)
                .bind(
                        "tolled",
                        r.tolled().isEmpty()
                                ? null
                                : String.join(
                                        "\n",
                                        r.tolled().stream()
                                                .map(Tolled::toString)
                                                .toList()))
                .bind("determined", date(r.determined()))
                .bind("appealed", date(r.appealed()))
                .bind("appealAgency", c.seal("requests.appeal_agency", row, r.appealAgency()))
                .bind("notes", c.seal("requests.notes", row, r.notes()));
    }

    @Override
    public synchronized Optional<Request> request(long id) {
        return h.createQuery("SELECT * FROM requests WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> request(rs))
                .findOne();
    }

    @Override
    public synchronized Optional<Request> byTrackingNumber(String trackingNumber) {
        if (trackingNumber == null || trackingNumber.isBlank()) return Optional.empty();
        String wanted = trackingNumber.trim();
        // Matched here, ignoring case: an encrypted case's tracking numbers are sealed, and requests are few.
        return requests().stream()
                .filter(r -> r.trackingNumber() != null && r.trackingNumber().equalsIgnoreCase(wanted))
                .findFirst();
    }

    @Override
    public synchronized List<Request> requests() {
        return h.createQuery("SELECT * FROM requests ORDER BY id")
                .map((rs, ctx) -> request(rs))
                .list();
    }

    @Override
    public synchronized Correspondence addCorrespondence(Correspondence letter) {
        requireRequest(letter.requestId());
        long id = h.inTransaction(tx -> {
            long cid = tx.createUpdate("""
                    INSERT INTO request_correspondence(request_id, date, direction, kind, summary, created_at)
                    VALUES (:r, :date, :dir, '', '', :now)""")
                    .bind("r", letter.requestId())
                    .bind("date", letter.date().toString())
                    .bind("dir", letter.direction().id())
                    .bind("now", Instant.now().toString())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            String row = Long.toString(cid);
            tx.createUpdate("UPDATE request_correspondence SET kind = :kind, summary = :summary WHERE id = :id")
                    .bind("id", cid)
                    .bind("kind", c.seal("request_correspondence.kind", row, letter.kind()))
                    .bind("summary", c.seal("request_correspondence.summary", row, letter.summary()))
                    .execute();
            int position = 0;
            for (Attachment a : letter.attachments()) {
                String attachmentRow = Rows.key(cid, position);
                tx.createUpdate(
                                "INSERT INTO request_attachments(correspondence_id, position, name, sha256, size) VALUES (:c, :p, :n, :s, :z)")
                        .bind("c", cid)
                        .bind("p", position++)
                        .bind("n", c.seal("request_attachments.name", attachmentRow, a.name()))
                        .bind("s", c.hash(a.sha256()))
                        .bind("z", a.size())
                        .execute();
            }
            return cid;
        });
        return new Correspondence(
                id,
                letter.requestId(),
                letter.date(),
                letter.direction(),
                letter.kind(),
                letter.summary(),
                letter.attachments());
    }

    @Override
    public synchronized List<Correspondence> correspondence(long requestId) {
        List<Correspondence> rows = h.createQuery(
                        "SELECT * FROM request_correspondence WHERE request_id = :r ORDER BY date, id")
                .bind("r", requestId)
                .map((rs, ctx) -> {
                    String row = Long.toString(rs.getLong("id"));
                    return new Correspondence(
                            rs.getLong("id"),
                            rs.getLong("request_id"),
                            LocalDate.parse(rs.getString("date")),
                            Direction.parse(rs.getString("direction")),
                            c.open("request_correspondence.kind", row, rs.getString("kind")),
                            c.open("request_correspondence.summary", row, rs.getString("summary")),
                            List.of());
                })
                .list();
        List<Correspondence> out = new ArrayList<>();
        for (Correspondence letter : rows) {
            List<Attachment> attachments = h.createQuery(
                            "SELECT * FROM request_attachments WHERE correspondence_id = :c ORDER BY position")
                    .bind("c", letter.id())
                    .map((rs, ctx) -> new Attachment(
                            c.open(
                                    "request_attachments.name",
                                    Rows.key(letter.id(), rs.getInt("position")),
                                    rs.getString("name")),
                            c.unhash(rs.getString("sha256")),
                            rs.getLong("size")))
                    .list();
            out.add(new Correspondence(
                    letter.id(),
                    letter.requestId(),
                    letter.date(),
                    letter.direction(),
                    letter.kind(),
                    letter.summary(),
                    attachments));
        }
        return out;
    }

    @Override
    public synchronized Production addProduction(Production p) {
        requireRequest(p.requestId());
        if (productionOfSource(p.sourceId()).isPresent()) {
            throw new InvalidRequestException(
                    "source", "source " + p.sourceId() + " is already recorded as a production");
        }
        long id = h.inTransaction(tx -> {
            long made = tx.createUpdate("""
                    INSERT INTO productions(request_id, number, source_id, received, created_at)
                    VALUES (:r, :n, :s, :received, :now)""")
                    .bind("r", p.requestId())
                    .bind("n", p.number())
                    .bind("s", p.sourceId())
                    .bind("received", date(p.received()))
                    .bind("now", Instant.now().toString())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            String row = Long.toString(made);
            tx.createUpdate(
                            "UPDATE productions SET bates_from = :from, bates_to = :to, exemptions = :ex WHERE id = :id")
                    .bind("id", made)
                    .bind("from", c.seal("productions.bates_from", row, p.batesFrom()))
                    .bind("to", c.seal("productions.bates_to", row, p.batesTo()))
                    .bind(
                            "ex",
                            c.seal(
                                    "productions.exemptions",
                                    row,
                                    p.exemptions().isEmpty() ? null : String.join("\n", p.exemptions())))
                    .execute();
            return made;
        });
        return production(id).orElseThrow();
    }

    private Optional<Production> production(long id) {
        return h.createQuery(PRODUCTIONS + " WHERE p.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> production(rs))
                .findOne();
    }

    private static final String PRODUCTIONS =
            "SELECT p.*, s.name AS source_name FROM productions p JOIN sources s ON s.id = p.source_id";

    @Override
    public synchronized List<Production> productions(long requestId) {
        return h.createQuery(PRODUCTIONS + " WHERE p.request_id = :r ORDER BY p.number")
                .bind("r", requestId)
                .map((rs, ctx) -> production(rs))
                .list();
    }

    @Override
    public synchronized Optional<Production> productionOfSource(long sourceId) {
        return h.createQuery(PRODUCTIONS + " WHERE p.source_id = :s")
                .bind("s", sourceId)
                .map((rs, ctx) -> production(rs))
                .findOne();
    }

    @Override
    public synchronized List<Production> productionsOfDocument(String documentId) {
        return h.createQuery(
                        PRODUCTIONS
                                + " WHERE p.source_id IN (SELECT source_id FROM locations WHERE document_id = :d) ORDER BY p.id")
                .bind("d", c.hash(documentId))
                .map((rs, ctx) -> production(rs))
                .list();
    }

    @Override
    public synchronized List<String> documentIds(long productionId) {
        return h.createQuery("""
                SELECT l.document_id FROM locations l JOIN productions p ON p.source_id = l.source_id
                WHERE p.id = :p GROUP BY l.document_id ORDER BY MIN(l.rowid)""").bind("p", productionId).mapTo(String.class).list().stream()
                .map(c::unhash)
                .toList();
    }

    private void requireRequest(long requestId) {
        if (request(requestId).isEmpty())
            throw new InvalidRequestException("request", "there is no request " + requestId);
    }

    @Override
    public void close() {
        database.close();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private Request request(ResultSet rs) throws SQLException {
        String row = Long.toString(rs.getLong("id"));
        String fees = c.open("requests.fees", row, rs.getString("fees"));
        String tolled = rs.getString("tolled");
        return new Request(
                rs.getLong("id"),
                c.untoken(ContentColumns.LAW_ID, rs.getString("law_id")),
                c.open("requests.agency", row, rs.getString("agency")),
                c.open("requests.office", row, rs.getString("office")),
                c.open("requests.subject", row, rs.getString("subject")),
                date(rs.getString("filed")),
                date(rs.getString("received")),
                c.open("requests.tracking_number", row, rs.getString("tracking_number")),
                RequestStatus.parse(rs.getString("status")),
                fees == null ? null : new BigDecimal(fees),
                rs.getInt("extension") != 0,
                rs.getInt("expedited") != 0,
                Rows.lines(tolled).stream().map(Tolled::parse).toList(),
                date(rs.getString("determined")),
                date(rs.getString("appealed")),
                c.open("requests.appeal_agency", row, rs.getString("appeal_agency")),
                c.open("requests.notes", row, rs.getString("notes")),
                Instant.parse(rs.getString("created_at")),
                Instant.parse(rs.getString("updated_at")));
    }

    private Production production(ResultSet rs) throws SQLException {
        String row = Long.toString(rs.getLong("id"));
        return new Production(
                rs.getLong("id"),
                rs.getLong("request_id"),
                rs.getInt("number"),
                rs.getLong("source_id"),
                c.untoken("sources.name", rs.getString("source_name")),
                date(rs.getString("received")),
                c.open("productions.bates_from", row, rs.getString("bates_from")),
                c.open("productions.bates_to", row, rs.getString("bates_to")),
                Rows.lines(c.open("productions.exemptions", row, rs.getString("exemptions"))));
    }
}
