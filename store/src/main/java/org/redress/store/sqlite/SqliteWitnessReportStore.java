package org.redress.store.sqlite;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;
import org.redress.core.casemodel.WitnessAttachment;
import org.redress.core.casemodel.WitnessReport;
import org.redress.core.casemodel.WitnessStatement;
import org.redress.core.port.WitnessReportStore;
import org.redress.store.crypto.ColumnCipher;

/**
 * The witness form's reports (tables {@code witness_reports} and {@code witness_attachments}, migration V16). Every
 * word of a statement goes through the database's {@link ColumnCipher}, bound to the report's id: a new row is
 * inserted first and its content written once its id is known, in the same transaction. Sorted in Java, never by a
 * sealed column.
 */
public final class SqliteWitnessReportStore implements WitnessReportStore {
    /** The sealed columns of a report, in the order {@link #content} gives their values. */
    private static final List<String> CONTENT = List.of(
            "witness",
            "contact",
            "seen",
            "people_seen",
            "officers",
            "saw",
            "seen_date",
            "seen_time",
            "seen_when",
            "seen_where",
            "words",
            "vehicles",
            "plates",
            "badges");

    private final CaseDatabase database;
    private final Handle h;
    private final ColumnCipher c;

    public SqliteWitnessReportStore(CaseDatabase database) {
        this.database = database;
        this.h = database.handle();
        this.c = database.cipher();
    }

    public static SqliteWitnessReportStore open(Path file) {
        return new SqliteWitnessReportStore(SqliteDatabase.open(file));
    }

    @Override
    public synchronized WitnessReport add(WitnessReport r) {
        long id = h.inTransaction(tx -> {
            long made = tx.createUpdate("""
                            INSERT INTO witness_reports(submitted_at, language, status)
                            VALUES (:at, :lang, 'draft')""")
                    .bind("at", r.submitted().toString())
                    .bind("lang", r.language())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            String row = Long.toString(made);
            StringBuilder sql = new StringBuilder("UPDATE witness_reports SET ");
            for (int i = 0; i < CONTENT.size(); i++)
                sql.append(i == 0 ? "" : ", ")
                        .append(CONTENT.get(i))
                        .append(" = :")
                        .append(CONTENT.get(i));
            // the reason is written now too, so that every stored value of the row opens
            Update update = tx.createUpdate(
                            sql.append(", reason = :reason WHERE id = :id").toString())
                    .bind("id", made)
                    .bind("reason", c.seal("witness_reports.reason", row, r.reason()));
            List<String> values = content(r);
            for (int i = 0; i < CONTENT.size(); i++)
                update.bind(CONTENT.get(i), c.seal("witness_reports." + CONTENT.get(i), row, values.get(i)));
            update.execute();
            int position = 0;
            for (WitnessAttachment a : r.attachments()) {
                tx.createUpdate("""
                                INSERT INTO witness_attachments(report_id, position, document_id, name, size)
                                VALUES (:r, :p, :d, :n, :s)""")
                        .bind("r", made)
                        .bind("p", position)
                        .bind("d", c.hash(a.documentId()))
                        .bind("n", c.seal("witness_attachments.name", Rows.key(made, position), a.fileName()))
                        .bind("s", a.size())
                        .execute();
                position++;
            }
            return made;
        });
        return r.withId(id);
    }

    private static List<String> content(WitnessReport r) {
        WitnessStatement s = r.statement();
        return List.of(
                s.witness(),
                r.contact(),
                r.seen(),
                r.peopleSeen(),
                r.officers(),
                s.saw(),
                r.date(),
                r.time(),
                s.when(),
                s.where(),
                s.words(),
                s.vehicles(),
                r.plates(),
                s.badges());
    }

    @Override
    public synchronized List<WitnessReport> reports() {
        List<WitnessReport> all = h.createQuery("SELECT * FROM witness_reports")
                .map((rs, ctx) -> report(rs))
                .list();
        List<WitnessReport> out = new ArrayList<>();
        for (WitnessReport r : all) out.add(withAttachments(r));
        out.sort(Comparator.comparing(WitnessReport::submitted)
                .thenComparing(WitnessReport::id)
                .reversed());
        return out;
    }

    @Override
    public synchronized Optional<WitnessReport> report(long id) {
        return h.createQuery("SELECT * FROM witness_reports WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> report(rs))
                .findOne()
                .map(this::withAttachments);
    }

    @Override
    public synchronized boolean accept(long id, String eventId, Instant at) {
        return h.createUpdate("""
                        UPDATE witness_reports SET status = 'accepted', event_id = :e, reviewed_at = :at
                        WHERE id = :id AND status = 'draft'""")
                        .bind("id", id)
                        .bind("e", c.token(ContentColumns.EVENT_ID, eventId))
                        .bind("at", at.toString())
                        .execute()
                == 1;
    }

    @Override
    public synchronized boolean reject(long id, String reason, Instant at) {
        return h.createUpdate("""
                        UPDATE witness_reports SET status = 'rejected', reason = :reason, reviewed_at = :at
                        WHERE id = :id AND status = 'draft'""")
                        .bind("id", id)
                        .bind("reason", c.seal("witness_reports.reason", Long.toString(id), reason))
                        .bind("at", at.toString())
                        .execute()
                == 1;
    }

    private WitnessReport report(ResultSet rs) throws SQLException {
        String row = Long.toString(rs.getLong("id"));
        List<String> v = new ArrayList<>();
        for (String column : CONTENT) v.add(c.open("witness_reports." + column, row, rs.getString(column)));
        String reviewed = rs.getString("reviewed_at");
        return new WitnessReport(
                rs.getLong("id"),
                Instant.parse(rs.getString("submitted_at")),
                rs.getString("language"),
                new WitnessStatement(v.get(0), v.get(5), v.get(8), v.get(9), v.get(10), v.get(11), v.get(13)),
                v.get(1),
                v.get(2),
                v.get(3),
                v.get(4),
                v.get(12),
                v.get(6),
                v.get(7),
                List.of(),
                WitnessReport.Status.fromCode(rs.getString("status")),
                c.untoken(ContentColumns.EVENT_ID, rs.getString("event_id")),
                c.open("witness_reports.reason", row, rs.getString("reason")),
                reviewed == null ? null : Instant.parse(reviewed));
    }

    private WitnessReport withAttachments(WitnessReport r) {
        List<WitnessAttachment> attachments = h.createQuery(
                        "SELECT * FROM witness_attachments WHERE report_id = :r ORDER BY position")
                .bind("r", r.id())
                .map((rs, ctx) -> new WitnessAttachment(
                        c.unhash(rs.getString("document_id")),
                        c.open(
                                "witness_attachments.name",
                                Rows.key(r.id(), rs.getInt("position")),
                                rs.getString("name")),
                        rs.getLong("size")))
                .list();
        return r.withAttachments(attachments);
    }

    @Override
    public synchronized void close() {
        database.close();
    }
}
