package org.redress.app.export;

import org.redress.application.requests.RequestService;
import org.redress.application.requests.RequestDeadlines;

import java.util.List;

/**
 * The requests as CSV (RFC 4180: comma-separated, CRLF, fields with a comma, quote or line break in
 * double quotes, quotes doubled). Text that a spreadsheet would run as a formula (=, +, -, @ first) is
 * prefixed with an apostrophe.
 */
public final class RequestCsv {
    public static final List<String> HEADER = List.of("id", "tracking_number", "law", "agency", "office", "subject", "status",
            "filed", "received", "next_deadline", "next_deadline_kind", "overdue", "closing_soon", "fees", "productions");

    private RequestCsv() {}

    public static String of(List<RequestService.Listed> listed, java.util.function.ToIntFunction<Long> productionCount) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (RequestService.Listed l : listed) {
            var r = l.request();
            var next = l.schedule().next();
            row(out, List.of(String.valueOf(r.id()), text(r.trackingNumber()), r.lawId(), text(r.agency()), text(r.office()),
                    text(r.subject()), r.status().id(), str(r.filed()), str(r.received()),
                    next.map(i -> i.due().toString()).orElse(""), next.map(RequestDeadlines.Item::kind).orElse(""),
                    String.valueOf(l.schedule().overdue()), String.valueOf(l.schedule().closingSoon()),
                    r.fees() == null ? "" : r.fees().toPlainString(), String.valueOf(productionCount.applyAsInt(r.id()))));
        }
        return out.toString();
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    /** Free text, defused against spreadsheet formula injection. */
    static String text(String s) {
        if (s == null) return "";
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
