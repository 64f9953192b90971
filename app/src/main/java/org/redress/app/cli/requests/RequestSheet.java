package org.redress.app.cli.requests;

import org.redress.application.requests.RequestDeadlines;
import org.redress.application.requests.RequestService;
import org.redress.core.Count;
import org.redress.core.requests.Correspondence;
import org.redress.core.requests.Direction;
import org.redress.core.requests.Request;

/** The plain-text sheet of one request: its fields, deadlines, correspondence and productions. */
final class RequestSheet {
    private RequestSheet() {}

    static String of(RequestService.Detail d) {
        Request r = d.listed().request();
        StringBuilder out = new StringBuilder();
        out.append("Request ")
                .append(r.id())
                .append(r.trackingNumber() == null ? "" : " · " + r.trackingNumber())
                .append(" · ")
                .append(r.lawId())
                .append(" · ")
                .append(r.status().id())
                .append('\n');
        out.append("Agency: ")
                .append(r.agency())
                .append(r.office() == null ? "" : " — " + r.office())
                .append('\n');
        out.append("Asked for: ").append(r.subject()).append('\n');
        out.append("Filed: ")
                .append(or(r.filed()))
                .append("   Received: ")
                .append(or(r.received()))
                .append("   Determined: ")
                .append(or(r.determined()))
                .append("   Appealed: ")
                .append(or(r.appealed()))
                .append('\n');
        if (r.fees() != null)
            out.append("Fees: ").append(r.fees().toPlainString()).append('\n');
        if (!r.tolled().isEmpty())
            out.append("Clock stopped: ").append(r.tolled()).append('\n');
        if (r.notes() != null) out.append("Notes: ").append(r.notes()).append('\n');
        out.append("\nDeadlines:\n");
        if (d.listed().schedule().problem() != null)
            out.append("  none: ").append(d.listed().schedule().problem()).append('\n');
        for (RequestDeadlines.Item i : d.listed().schedule().items()) {
            out.append(String.format(
                    "  %-24s %s  %s%s (%d %s days, %s)%n",
                    DeadlineText.title(i.kind()),
                    i.due(),
                    i.overdue() ? "OVERDUE " : i.closingSoon() ? "closing soon " : "",
                    i.applies() ? "" : "(does not apply)",
                    i.days(),
                    i.counting(),
                    i.citation()));
        }
        out.append("\nCorrespondence:\n");
        if (d.correspondence().isEmpty()) out.append("  none\n");
        for (Correspondence c : d.correspondence()) {
            out.append("  ")
                    .append(c.date())
                    .append(' ')
                    .append(c.direction() == Direction.IN ? "from agency" : "to agency  ")
                    .append(' ')
                    .append(c.kind())
                    .append(": ")
                    .append(c.summary());
            c.attachments().forEach(a -> out.append(" [").append(a.name()).append(']'));
            out.append('\n');
        }
        out.append("\nProductions:\n");
        if (d.productions().isEmpty()) out.append("  none\n");
        for (RequestService.ProductionView v : d.productions()) {
            var p = v.production();
            out.append("  ")
                    .append(p.number())
                    .append(". ")
                    .append(p.sourceName())
                    .append(", received ")
                    .append(or(p.received()))
                    .append(", ")
                    .append(Count.of(v.documentIds().size(), "document", "documents"));
            if (p.batesFrom() != null)
                out.append(", Bates ").append(p.batesFrom()).append("..").append(p.batesTo());
            if (!p.exemptions().isEmpty()) out.append(", exemptions ").append(String.join(" ", p.exemptions()));
            out.append("\n     search: ").append(v.searchQuery()).append('\n');
        }
        return out.toString();
    }

    private static String or(Object o) {
        return o == null ? "-" : o.toString();
    }
}
