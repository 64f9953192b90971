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

/** Mapping between rows and core records; dates are stored as ISO-8601 text. */
final class Rows {
    private Rows() {}

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

    static Document document(ResultSet rs) throws SQLException {
        EmailHeaders email = rs.getInt("is_email") == 0
                ? null
                : new EmailHeaders(
                        rs.getString("email_from"),
                        lines(rs.getString("email_to")),
                        lines(rs.getString("email_cc")),
                        lines(rs.getString("email_bcc")),
                        instant(rs.getString("email_sent")),
                        rs.getString("email_subject"),
                        rs.getString("message_id"),
                        rs.getString("in_reply_to"),
                        lines(rs.getString("email_references")));
        return new Document(
                rs.getString("id"),
                rs.getLong("size"),
                rs.getString("media_type"),
                rs.getString("title"),
                rs.getString("author"),
                instant(rs.getString("created")),
                instant(rs.getString("modified")),
                rs.getString("language"),
                email,
                ExtractionStatus.valueOf(rs.getString("status")),
                rs.getString("status_detail"),
                rs.getString("opened_with"),
                rs.getInt("page_count"));
    }

    static Page page(ResultSet rs) throws SQLException {
        return new Page(rs.getString("document_id"), rs.getInt("number"), rs.getString("text"), rs.getInt("ocr") != 0);
    }

    static Location location(ResultSet rs) throws SQLException {
        String parent = rs.getString("parent_id");
        return new Location(
                rs.getString("document_id"),
                rs.getLong("source_id"),
                parent == null || parent.isEmpty() ? null : parent,
                rs.getString("path"));
    }

    static Source source(ResultSet rs) throws SQLException {
        String received = rs.getString("received");
        return new Source(
                rs.getLong("id"),
                rs.getString("name"),
                received == null ? null : LocalDate.parse(received),
                instant(rs.getString("ingested_at")));
    }

    static Failure failure(ResultSet rs) throws SQLException {
        return new Failure(
                rs.getLong("source_id"),
                rs.getString("path"),
                rs.getString("document_id"),
                rs.getString("reason"),
                instant(rs.getString("at")));
    }
}
