package org.redress.ingest.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.redress.core.corpus.EmailHeaders;

/** Reads the metadata a lawyer cites from Tika's metadata of one file. */
final class MetadataReader {
    private MetadataReader() {}

    static String title(Metadata m) {
        return first(m, TikaCoreProperties.TITLE);
    }

    static String author(Metadata m) {
        String author = first(m, TikaCoreProperties.CREATOR);
        return author != null ? author : first(m, Office.LAST_AUTHOR);
    }

    static Instant created(Metadata m) {
        return date(m, TikaCoreProperties.CREATED);
    }

    static Instant modified(Metadata m) {
        return date(m, TikaCoreProperties.MODIFIED);
    }

    /** Email headers when the file is a message (an .eml, a mailbox message, an Outlook item). */
    static EmailHeaders email(Metadata m, String mediaType) {
        boolean isMessage = mediaType != null
                && (mediaType.startsWith("message/") || mediaType.equals("application/vnd.ms-outlook"));
        if (mediaType != null && mediaType.contains("pst")) return null;
        String from = joined(m, Message.MESSAGE_FROM_EMAIL);
        String fromName = first(m, Message.MESSAGE_FROM_NAME);
        if (from == null) from = firstNamed(m, Message.MESSAGE_FROM);
        else if (fromName != null && !fromName.equals(from)) from = fromName + " <" + from + ">";
        if (!isMessage && from == null) return null;
        return new EmailHeaders(
                from,
                addresses(m, Message.MESSAGE_TO_EMAIL, Message.MESSAGE_TO_NAME, Message.MESSAGE_TO),
                addresses(m, Message.MESSAGE_CC_EMAIL, Message.MESSAGE_CC_NAME, Message.MESSAGE_CC),
                addresses(m, Message.MESSAGE_BCC_EMAIL, Message.MESSAGE_BCC_NAME, Message.MESSAGE_BCC),
                date(m, TikaCoreProperties.CREATED),
                subject(m),
                header(m, "Message-ID", "Message-Id"),
                header(m, "In-Reply-To"),
                EmailHeaders.messageIds(header(m, "References")));
    }

    private static String subject(Metadata m) {
        String subject = first(m, TikaCoreProperties.SUBJECT);
        if (subject == null) subject = header(m, "Subject");
        return subject != null ? subject : first(m, TikaCoreProperties.TITLE);
    }

    private static List<String> addresses(Metadata m, Property emails, Property names, String plain) {
        String[] e = m.getValues(emails);
        String[] n = m.getValues(names);
        List<String> out = new ArrayList<>();
        if (e.length > 0) {
            for (int i = 0; i < e.length; i++) {
                String name = i < n.length ? n[i] : null;
                out.add(name != null && !name.isBlank() && !name.equals(e[i]) ? name + " <" + e[i] + ">" : e[i]);
            }
            return out;
        }
        for (String v : m.getValues(plain)) if (!v.isBlank()) out.add(v.trim());
        return out;
    }

    private static String header(Metadata m, String... names) {
        for (String name : names) {
            String v = m.get(Metadata.MESSAGE_RAW_HEADER_PREFIX + name);
            if (v != null && !v.isBlank()) return v.trim();
        }
        return null;
    }

    private static String firstNamed(Metadata m, String name) {
        String v = m.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static String first(Metadata m, Property p) {
        String v = m.get(p);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static String joined(Metadata m, Property p) {
        String[] values = m.getValues(p);
        if (values.length == 0) return null;
        return String.join(", ", Arrays.stream(values).filter(v -> !v.isBlank()).toList());
    }

    private static Instant date(Metadata m, Property p) {
        try {
            Date d = m.getDate(p);
            return d == null ? null : d.toInstant();
        } catch (RuntimeException unparseable) {
            return null;
        }
    }
}
