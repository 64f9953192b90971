package org.redress.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.EmailHeaders;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Failure;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Source;
import org.redress.store.crypto.ColumnCipher;

/**
 * Mapping between rows of the corpus tables and core records; dates are stored as ISO-8601 text, content columns
 * through the database's {@link ColumnCipher}.
 */
final class Rows {
    private final ColumnCipher c;

    Rows(ColumnCipher c) {
        this.c = c;
    }

    /** The row key a sealed value is bound to: the plain values of the row's key columns, joined by '/'. */
    static String key(Object... parts) {
        StringBuilder b = new StringBuilder();
        for (Object p : parts) {
            if (b.length() > 0) b.append('/');
            b.append(p);
        }
        return b.toString();
    }

    static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    static String lines(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join("\n", values);
    }

    static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    Document document(ResultSet rs) throws SQLException {
        String id = c.unhash(rs.getString("id"));
        EmailHeaders email = rs.getInt("is_email") == 0
                ? null
                : new EmailHeaders(
                        open(rs, "documents", "email_from", id),
                        lines(open(rs, "documents", "email_to", id)),
                        lines(open(rs, "documents", "email_cc", id)),
                        lines(open(rs, "documents", "email_bcc", id)),
                        instant(open(rs, "documents", "email_sent", id)),
                        open(rs, "documents", "email_subject", id),
                        open(rs, "documents", "message_id", id),
                        open(rs, "documents", "in_reply_to", id),
                        lines(open(rs, "documents", "email_references", id)));
        return new Document(
                id,
                rs.getLong("size"),
                open(rs, "documents", "media_type", id),
                open(rs, "documents", "title", id),
                open(rs, "documents", "author", id),
                instant(open(rs, "documents", "created", id)),
                instant(open(rs, "documents", "modified", id)),
                open(rs, "documents", "language", id),
                email,
                ExtractionStatus.valueOf(rs.getString("status")),
                open(rs, "documents", "status_detail", id),
                open(rs, "documents", "opened_with", id),
                rs.getInt("page_count"));
    }

    Page page(ResultSet rs) throws SQLException {
        String id = c.unhash(rs.getString("document_id"));
        int number = rs.getInt("number");
        return new Page(id, number, open(rs, "pages", "text", key(id, number)), rs.getInt("ocr") != 0);
    }

    Location location(ResultSet rs) throws SQLException {
        String parent = rs.getString("parent_id");
        return new Location(
                c.unhash(rs.getString("document_id")),
                rs.getLong("source_id"),
                parent == null || parent.isEmpty() ? null : c.unhash(parent),
                c.untoken("locations.path", rs.getString("path")));
    }

    Source source(ResultSet rs) throws SQLException {
        String received = rs.getString("received");
        return new Source(
                rs.getLong("id"),
                c.untoken("sources.name", rs.getString("name")),
                received == null ? null : LocalDate.parse(received),
                instant(rs.getString("ingested_at")));
    }

    Failure failure(ResultSet rs) throws SQLException {
        long source = rs.getLong("source_id");
        String path = c.untoken("failures.path", rs.getString("path"));
        return new Failure(
                source,
                path,
                c.unhash(rs.getString("document_id")),
                open(rs, "failures", "reason", key(source, path)),
                instant(rs.getString("at")));
    }

    /** A sealed column of the current row, opened. */
    private String open(ResultSet rs, String table, String column, String row) throws SQLException {
        return c.open(table + "." + column, row, rs.getString(column));
    }
}
