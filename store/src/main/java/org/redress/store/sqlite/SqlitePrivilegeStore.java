package org.redress.store.sqlite;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.redress.core.port.PrivilegeStore;
import org.redress.core.privilege.PrivilegeKind;
import org.redress.core.privilege.PrivilegeMark;
import org.redress.core.privilege.PrivilegedItem;
import org.redress.store.crypto.ColumnCipher;

/**
 * The privilege marks of a case (table {@code privilege_marks}, migration V20; PostgreSQL V6). A document mark keeps
 * the document's id hashed as everywhere (finding 0); a finding's mark keeps the finding's number (document '').
 * Who marked and why are sealed to the row; they are only read back, so the order is made in Java.
 */
public final class SqlitePrivilegeStore implements PrivilegeStore {
    private static final String BY = "privilege_marks.marked_by";
    private static final String REASON = "privilege_marks.reason";
    private final CaseDatabase database;
    private final Handle h;
    private final ColumnCipher c;

    public SqlitePrivilegeStore(CaseDatabase database) {
        this.database = database;
        this.h = database.handle();
        this.c = database.cipher();
    }

    public static SqlitePrivilegeStore open(Path file) {
        return new SqlitePrivilegeStore(SqliteDatabase.open(file));
    }

    private static String documentOf(PrivilegedItem item) {
        return item.target() == PrivilegedItem.Target.DOCUMENT ? item.id() : "";
    }

    private static long findingOf(PrivilegedItem item) {
        return item.target() == PrivilegedItem.Target.FINDING ? item.findingId() : 0;
    }

    private String storedDocument(String plain) {
        return plain.isEmpty() ? "" : c.hash(plain);
    }

    @Override
    public synchronized void mark(PrivilegeMark mark) {
        String document = documentOf(mark.item());
        long finding = findingOf(mark.item());
        String row = Rows.key(document, finding);
        h.createUpdate("""
                        INSERT INTO privilege_marks(document_id, finding_id, kind, marked_by, marked_at, reason)
                        VALUES (:d, :f, :kind, :by, :at, :reason)
                        ON CONFLICT(document_id, finding_id) DO UPDATE SET kind = excluded.kind,
                            marked_by = excluded.marked_by, marked_at = excluded.marked_at, reason = excluded.reason""")
                .bind("d", storedDocument(document))
                .bind("f", finding)
                .bind("kind", mark.kind().code())
                .bind("by", c.seal(BY, row, mark.by()))
                .bind("at", mark.at().toString())
                .bind("reason", c.seal(REASON, row, mark.reason()))
                .execute();
    }

    @Override
    public synchronized boolean unmark(PrivilegedItem item) {
        return h.createUpdate("DELETE FROM privilege_marks WHERE document_id = :d AND finding_id = :f")
                        .bind("d", storedDocument(documentOf(item)))
                        .bind("f", findingOf(item))
                        .execute()
                > 0;
    }

    @Override
    public synchronized List<PrivilegeMark> marks() {
        List<PrivilegeMark> out = new ArrayList<>(h.createQuery("SELECT * FROM privilege_marks")
                .map((rs, ctx) -> mark(rs))
                .list());
        out.sort(Comparator.comparing((PrivilegeMark m) -> m.item().target())
                .thenComparing(m -> m.item().target() == PrivilegedItem.Target.FINDING
                        ? String.format("%019d", m.item().findingId())
                        : m.item().id()));
        return out;
    }

    private PrivilegeMark mark(ResultSet rs) throws SQLException {
        String stored = rs.getString("document_id");
        String document = stored == null || stored.isEmpty() ? "" : c.unhash(stored);
        long finding = rs.getLong("finding_id");
        String row = Rows.key(document, finding);
        PrivilegedItem item = document.isEmpty() ? PrivilegedItem.finding(finding) : PrivilegedItem.document(document);
        return new PrivilegeMark(
                item,
                PrivilegeKind.fromCode(rs.getString("kind")),
                c.open(BY, row, rs.getString("marked_by")),
                Instant.parse(rs.getString("marked_at")),
                c.open(REASON, row, rs.getString("reason")));
    }

    @Override
    public void close() {
        database.close();
    }
}
