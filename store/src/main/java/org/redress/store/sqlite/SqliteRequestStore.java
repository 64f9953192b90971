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

/** The records requests of an embedded case, in the case's SQLite database. Access is serialised. */
public final class SqliteRequestStore implements RequestStore {
    private final SqliteDatabase database;
    private final Handle h;

    public SqliteRequestStore(SqliteDatabase database) {
        this.database = database;
        this.h = database.handle();
    }

    public static SqliteRequestStore open(Path file) {
        return new SqliteRequestStore(SqliteDatabase.open(file));
    }

    @Override
    public synchronized Request add(Request r) {
        Instant now = Instant.now();
        long id = h.inTransaction(tx -> bind(tx.createUpdate("""
                INSERT INTO requests(law_id, agency, office, subject, filed, received, tracking_number, status, fees,
                    extension, expedited, tolled, determined, appealed, appeal_agency, notes, created_at, updated_at)
                VALUES (:law, :agency, :office, :subject, :filed, :received, :tracking, :status, :fees,
                    :extension, :expedited, :tolled, :determined, :appealed, :appealAgency, :notes, :now, :now)"""), r)
                .bind("now", now.toString())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return r.withId(id, now, now);
    }

    @Override
    public synchronized Optional<Request> update(Request r) {
        Instant now = Instant.now();
        int n = bind(h.createUpdate("""
                UPDATE requests SET law_id = :law, agency = :agency, office = :office, subject = :subject, filed = :filed,
                    received = :received, tracking_number = :tracking, status = :status, fees = :fees, extension = :extension,
                    expedited = :expedited, tolled = :tolled, determined = :determined, appealed = :appealed,
                    appeal_agency = :appealAgency, notes = :notes, updated_at = :now
                WHERE id = :id"""), r)
                .bind("now", now.toString())
                .bind("id", r.id())
                .execute();
        return n == 0 ? Optional.empty() : request(r.id());
    }

    private static <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bind(T s, Request r) {
        return s.bind("law", r.lawId())
                .bind("agency", r.agency())
                .bind("office", r.office())
                .bind("subject", r.subject())
                .bind("filed", date(r.filed()))
                .bind("received", date(r.received()))
                .bind("tracking", r.trackingNumber())
                .bind("status", r.status().id())
                .bind("fees", r.fees() == null ? null : r.fees().toPlainString())
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
                .bind("appealAgency", r.appealAgency())
                .bind("notes", r.notes());
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
        return h.createQuery("SELECT * FROM requests WHERE tracking_number = :t COLLATE NOCASE ORDER BY id LIMIT 1")
                .bind("t", trackingNumber.trim())
                .map((rs, ctx) -> request(rs))
                .findOne();
    }

    @Override
    public synchronized List<Request> requests() {
        return h.createQuery("SELECT * FROM requests ORDER BY id")
                .map((rs, ctx) -> request(rs))
                .list();
    }

    @Override
    public synchronized Correspondence addCorrespondence(Correspondence c) {
        requireRequest(c.requestId());
        long id = h.inTransaction(tx -> {
            long cid = tx.createUpdate("""
                    INSERT INTO request_correspondence(request_id, date, direction, kind, summary, created_at)
                    VALUES (:r, :date, :dir, :kind, :summary, :now)""")
                    .bind("r", c.requestId())
                    .bind("date", c.date().toString())
                    .bind("dir", c.direction().id())
                    .bind("kind", c.kind())
                    .bind("summary", c.summary())
                    .bind("now", Instant.now().toString())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            int position = 0;
            for (Attachment a : c.attachments()) {
                tx.createUpdate(
                                "INSERT INTO request_attachments(correspondence_id, position, name, sha256, size) VALUES (:c, :p, :n, :s, :z)")
                        .bind("c", cid)
                        .bind("p", position++)
                        .bind("n", a.name())
                        .bind("s", a.sha256())
                        .bind("z", a.size())
                        .execute();
            }
            return cid;
        });
        return new Correspondence(id, c.requestId(), c.date(), c.direction(), c.kind(), c.summary(), c.attachments());
    }

    @Override
    public synchronized List<Correspondence> correspondence(long requestId) {
        List<Correspondence> rows = h.createQuery(
                        "SELECT * FROM request_correspondence WHERE request_id = :r ORDER BY date, id")
                .bind("r", requestId)
                .map((rs, ctx) -> new Correspondence(
                        rs.getLong("id"),
                        rs.getLong("request_id"),
                        LocalDate.parse(rs.getString("date")),
                        Direction.parse(rs.getString("direction")),
                        rs.getString("kind"),
                        rs.getString("summary"),
                        List.of()))
                .list();
        List<Correspondence> out = new ArrayList<>();
        for (Correspondence c : rows) {
            List<Attachment> attachments = h.createQuery(
                            "SELECT * FROM request_attachments WHERE correspondence_id = :c ORDER BY position")
                    .bind("c", c.id())
                    .map((rs, ctx) -> new Attachment(rs.getString("name"), rs.getString("sha256"), rs.getLong("size")))
                    .list();
            out.add(new Correspondence(
                    c.id(), c.requestId(), c.date(), c.direction(), c.kind(), c.summary(), attachments));
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
        long id = h.createUpdate("""
                INSERT INTO productions(request_id, number, source_id, received, bates_from, bates_to, exemptions, created_at)
                VALUES (:r, :n, :s, :received, :from, :to, :ex, :now)""")
                .bind("r", p.requestId())
                .bind("n", p.number())
                .bind("s", p.sourceId())
                .bind("received", date(p.received()))
                .bind("from", p.batesFrom())
                .bind("to", p.batesTo())
                .bind("ex", p.exemptions().isEmpty() ? null : String.join("\n", p.exemptions()))
                .bind("now", Instant.now().toString())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
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
                .bind("d", documentId)
                .map((rs, ctx) -> production(rs))
                .list();
    }

    @Override
    public synchronized List<String> documentIds(long productionId) {
        return h.createQuery("""
                SELECT DISTINCT l.document_id FROM locations l JOIN productions p ON p.source_id = l.source_id
                WHERE p.id = :p ORDER BY l.rowid""").bind("p", productionId).mapTo(String.class).list();
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

    private static Request request(ResultSet rs) throws SQLException {
        String fees = rs.getString("fees");
        String tolled = rs.getString("tolled");
        return new Request(
                rs.getLong("id"),
                rs.getString("law_id"),
                rs.getString("agency"),
                rs.getString("office"),
                rs.getString("subject"),
                date(rs.getString("filed")),
                date(rs.getString("received")),
                rs.getString("tracking_number"),
                RequestStatus.parse(rs.getString("status")),
                fees == null ? null : new BigDecimal(fees),
                rs.getInt("extension") != 0,
                rs.getInt("expedited") != 0,
                Rows.lines(tolled).stream().map(Tolled::parse).toList(),
                date(rs.getString("determined")),
                date(rs.getString("appealed")),
                rs.getString("appeal_agency"),
                rs.getString("notes"),
                Instant.parse(rs.getString("created_at")),
                Instant.parse(rs.getString("updated_at")));
    }

    private static Production production(ResultSet rs) throws SQLException {
        return new Production(
                rs.getLong("id"),
                rs.getLong("request_id"),
                rs.getInt("number"),
                rs.getLong("source_id"),
                rs.getString("source_name"),
                date(rs.getString("received")),
                rs.getString("bates_from"),
                rs.getString("bates_to"),
                Rows.lines(rs.getString("exemptions")));
    }
}
