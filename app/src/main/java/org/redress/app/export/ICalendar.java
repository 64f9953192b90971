package org.redress.app.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.redress.application.requests.RequestDeadlines;
import org.redress.application.requests.RequestService;

/**
 * Every binding deadline of the case's requests as an iCalendar file (RFC 5545): all-day events
 * ({@code DTSTART;VALUE=DATE}), text escaped (§3.3.11), lines ending CRLF and folded at 75 octets
 * without splitting a UTF-8 character (§3.1). A deadline keeps its UID across exports, so calendar
 * programs that subscribe to the feed update it instead of duplicating it.
 */
public final class ICalendar {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {}

    public static String of(List<RequestService.Listed> requests, Instant now, String caseName) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Redress//Records request deadlines//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape("Records requests · " + caseName));
        for (RequestService.Listed l : requests) {
            for (RequestDeadlines.Item i : l.schedule().items()) {
                if (!i.applies()) continue;
                event(out, l, i, now, caseName);
            }
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void event(
            StringBuilder out, RequestService.Listed l, RequestDeadlines.Item i, Instant now, String caseName) {
        var r = l.request();
        LocalDate due = i.due();
        line(out, "BEGIN:VEVENT");
        line(
                out,
                "UID:"
                        + escape("request-" + r.id() + "-" + i.kind() + "-"
                                + (r.created() == null ? 0 : r.created().toEpochMilli()) + "@redress."
                                + caseName.replaceAll("[^A-Za-z0-9.-]", "-")));
        line(out, "DTSTAMP:" + STAMP.format(now));
        line(out, "DTSTART;VALUE=DATE:" + DATE.format(due));
        line(out, "DTEND;VALUE=DATE:" + DATE.format(due.plusDays(1)));
        line(out, "SUMMARY:" + escape(title(i.kind()) + ": " + r.label() + " (" + r.agency() + ")"));
        StringBuilder d = new StringBuilder();
        d.append(title(i.kind()))
                .append(" under ")
                .append(i.citation())
                .append(" (")
                .append(i.days())
                .append(' ')
                .append(i.counting())
                .append(" days, ")
                .append(r.lawId())
                .append(" version ")
                .append(i.lawVersion())
                .append(").\n");
        d.append("Request: ").append(r.subject()).append('\n');
        d.append("Status: ").append(r.status().id());
        if (i.ifMissed() != null) d.append("\nIf missed: ").append(i.ifMissed());
        line(out, "DESCRIPTION:" + escape(d.toString()));
        line(out, "CATEGORIES:" + escape("records request," + r.lawId()));
        line(out, "TRANSP:TRANSPARENT");
        line(out, "END:VEVENT");
    }

    static String title(String kind) {
        return switch (kind) {
            case "response_due" -> "Response due";
            case "extended_due" -> "Extended response due";
            case "expedited_decision_due" -> "Expedited-processing decision due";
            case "appeal_window_closes" -> "Last day to appeal";
            case "appeal_decision_due" -> "Appeal decision due";
            default -> kind;
        };
    }

    /** TEXT escaping of RFC 5545 §3.3.11: backslash, semicolon, comma and newline. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\\\");
                case ';' -> s.append("\\;");
                case ',' -> s.append("\\,");
                case '\n' -> s.append("\\n");
                case '\r' -> {}
                default -> s.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return s.toString();
    }

    /** Appends one content line, folded so no line exceeds 75 octets, each ending CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > limit) {
                out.append("\r\n ");
                octets = 1; // the leading space of the continuation line counts
            }
            out.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
