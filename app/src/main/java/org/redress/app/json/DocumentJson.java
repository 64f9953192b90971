package org.redress.app.json;

import java.time.Instant;
import java.util.List;
import org.redress.application.requests.ProducedBy;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.DocumentView;
import org.redress.core.corpus.EmailHeaders;
import org.redress.core.corpus.Page;

/** A document as the API and `show --json` give it. */
public record DocumentJson(
        String documentId,
        long size,
        String mediaType,
        String title,
        String author,
        Instant created,
        Instant modified,
        String language,
        EmailHeaders email,
        String status,
        String statusDetail,
        boolean openedWithPassword,
        int pageCount,
        List<DocumentView.Provenance> provenance,
        List<DocumentView.Child> children,
        List<ProducedBy> producedBy,
        List<PageJson> pages) {

    public record PageJson(int number, boolean ocr, String text) {}

    public static DocumentJson of(DocumentView view, List<Page> pages) {
        return of(view, pages, List.of());
    }

    /** {@code producedBy}: the records requests and productions the document (or a container of it) came in. */
    public static DocumentJson of(DocumentView view, List<Page> pages, List<ProducedBy> producedBy) {
        Document d = view.document();
        return new DocumentJson(
                d.id(),
                d.size(),
                d.mediaType(),
                d.title(),
                d.author(),
                d.created(),
                d.modified(),
                d.language(),
                d.email(),
                d.status().name().toLowerCase(java.util.Locale.ROOT),
                d.statusDetail(),
                d.openedWithPassword() != null,
                view.pages().size(),
                view.provenance(),
                view.children(),
                List.copyOf(producedBy),
                pages.stream()
                        .map(p -> new PageJson(p.number(), p.ocr(), p.text()))
                        .toList());
    }

    public static String plain(DocumentView view, List<Page> pages) {
        return plain(view, pages, List.of());
    }

    public static String plain(DocumentView view, List<Page> pages, List<ProducedBy> producedBy) {
        Document d = view.document();
        StringBuilder out = new StringBuilder();
        out.append("Document ").append(d.id()).append('\n');
        line(out, "Type", d.mediaType());
        line(out, "Size", d.size() + " bytes");
        line(out, "Title", d.title());
        line(out, "Author", d.author());
        line(out, "Created", d.created());
        line(out, "Modified", d.modified());
        line(out, "Language", d.language());
        if (d.email() != null) {
            EmailHeaders e = d.email();
            line(out, "From", e.from());
            line(out, "To", String.join(", ", e.to()));
            if (!e.cc().isEmpty()) line(out, "Cc", String.join(", ", e.cc()));
            if (!e.bcc().isEmpty()) line(out, "Bcc", String.join(", ", e.bcc()));
            line(out, "Date", e.sent());
            line(out, "Subject", e.subject());
            line(out, "Message-ID", e.messageId());
            line(out, "In-Reply-To", e.inReplyTo());
        }
        line(
                out,
                "Status",
                d.status().name().toLowerCase(java.util.Locale.ROOT)
                        + (d.statusDetail() == null ? "" : " (" + d.statusDetail() + ")"));
        if (d.openedWithPassword() != null) line(out, "Opened with", "a password from the passwords file");
        out.append("\nFound at:\n");
        view.provenance()
                .forEach(p -> out.append("  ")
                        .append(p.path())
                        .append("  [source: ")
                        .append(p.source())
                        .append(p.received() == null ? "" : ", received " + p.received())
                        .append("]\n"));
        if (!producedBy.isEmpty()) {
            out.append("\nProduced by:\n");
            producedBy.forEach(p -> out.append("  ").append(p.plain()).append('\n'));
        }
        if (!view.children().isEmpty()) {
            out.append("\nContains:\n");
            view.children()
                    .forEach(c -> out.append("  ")
                            .append(c.documentId(), 0, 12)
                            .append("  ")
                            .append(c.name())
                            .append('\n'));
        }
        for (Page p : pages) {
            out.append("\n--- page ")
                    .append(p.number())
                    .append(p.ocr() ? " (OCR)" : "")
                    .append(" ---\n")
                    .append(p.text())
                    .append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static void line(StringBuilder out, String label, Object value) {
        if (value != null && !value.toString().isBlank()) out.append(String.format("%-12s %s%n", label + ":", value));
    }
}
