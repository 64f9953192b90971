package org.redress.core.corpus;

import java.time.Instant;
import java.util.Objects;

/**
 * One item extracted from a source: a file, an email, an attachment, an archive member.
 * Its identity is the SHA-256 of its original bytes, so the same bytes are one document
 * however many times and places they arrive (see {@link Location}).
 */
public record Document(
        String id,
        long size,
        String mediaType,
        String title,
        String author,
        Instant created,
        Instant modified,
        String language,
        EmailHeaders email,
        ExtractionStatus status,
        String statusDetail,
        String openedWithPassword,
        int pageCount) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        if (!Sha256.isHex(id)) throw new IllegalArgumentException("document id must be a SHA-256 hex digest: " + id);
    }

    /** The date a reader would put on this document: the email's date, else its creation date. */
    public Instant date() {
        if (email != null && email.sent() != null) return email.sent();
        return created != null ? created : modified;
    }

    public boolean isEmail() {
        return email != null;
    }

    /**
     * What a reader calls this document: an email's subject, else its title, else the file name of {@code path}
     * (where it was found), else null. A scan has no title, and "untitled" tells a reader less than its file name.
     */
    public String shownTitle(String path) {
        if (email != null && email.subject() != null && !email.subject().isBlank()) return email.subject();
        if (title != null && !title.isBlank()) return title;
        if (path == null || path.isBlank()) return null;
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    /** A document read without trouble, of which nothing is known but its type, title, language and pages. */
    public static Document read(String id, long size, String mediaType, String title, String language, int pages) {
        return new Document(
                id, size, mediaType, title, null, null, null, language, null, ExtractionStatus.DONE, null, null, pages);
    }

    public Document withStatus(ExtractionStatus newStatus, String detail) {
        return new Document(
                id,
                size,
                mediaType,
                title,
                author,
                created,
                modified,
                language,
                email,
                newStatus,
                detail,
                openedWithPassword,
                pageCount);
    }
}
