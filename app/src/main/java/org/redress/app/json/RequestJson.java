package org.redress.app.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.application.requests.RequestDeadlines;
import org.redress.application.requests.RequestService;
import org.redress.core.requests.Attachment;
import org.redress.core.requests.Correspondence;
import org.redress.core.requests.Production;
import org.redress.core.requests.Request;
import org.redress.core.requests.Tolled;

/** The JSON shapes of requests, the same for {@code --json} and the HTTP API. */
public final class RequestJson {
    private RequestJson() {}

    public static Map<String, Object> list(List<RequestService.Listed> listed, RequestDeadlines d) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("today", d.today().toString());
        o.put("closingSoonDays", d.soonDays());
        o.put("total", listed.size());
        o.put("overdue", listed.stream().filter(l -> l.schedule().overdue()).count());
        o.put("requests", listed.stream().map(RequestJson::summary).toList());
        return o;
    }

    /** A request with its deadlines and flags. */
    public static Map<String, Object> summary(RequestService.Listed l) {
        Request r = l.request();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", r.id());
        o.put("law", r.lawId());
        o.put("agency", r.agency());
        o.put("office", r.office());
        o.put("subject", r.subject());
        o.put("filed", text(r.filed()));
        o.put("received", text(r.received()));
        o.put("trackingNumber", r.trackingNumber());
        o.put("status", r.status().id());
        o.put("fees", r.fees() == null ? null : r.fees().toPlainString());
        o.put("extension", r.extension());
        o.put("expedited", r.expedited());
        o.put("tolled", r.tolled().stream().map(Tolled::toString).toList());
        o.put("determined", text(r.determined()));
        o.put("appealed", text(r.appealed()));
        o.put("appealAgency", r.appealAgency());
        o.put("notes", r.notes());
        o.put("created", r.created() == null ? null : r.created().toString());
        o.put("updated", r.updated() == null ? null : r.updated().toString());
        o.put("overdue", l.schedule().overdue());
        o.put("closingSoon", l.schedule().closingSoon());
        o.put("nextDeadline", l.schedule().next().map(RequestJson::item).orElse(null));
        o.put("deadlines", l.schedule().items().stream().map(RequestJson::item).toList());
        o.put("deadlineProblem", l.schedule().problem());
        return o;
    }

    public static Map<String, Object> item(RequestDeadlines.Item i) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("kind", i.kind());
        o.put("due", i.due().toString());
        o.put("days", i.days());
        o.put("counting", i.counting());
        o.put("citation", i.citation());
        o.put("lawVersion", i.lawVersion());
        o.put("applies", i.applies());
        o.put("pending", i.pending());
        o.put("overdue", i.overdue());
        o.put("closingSoon", i.closingSoon());
        o.put("daysLeft", i.daysLeft());
        o.put("ifMissed", i.ifMissed());
        return o;
    }

    public static Map<String, Object> detail(RequestService.Detail d) {
        Map<String, Object> o = summary(d.listed());
        o.put(
                "correspondence",
                d.correspondence().stream().map(RequestJson::correspondence).toList());
        o.put(
                "productions",
                d.productions().stream().map(RequestJson::production).toList());
        return o;
    }

    public static Map<String, Object> correspondence(Correspondence c) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", c.id());
        o.put("date", c.date().toString());
        o.put("direction", c.direction().id());
        o.put("kind", c.kind());
        o.put("summary", c.summary());
        o.put(
                "attachments",
                c.attachments().stream().map(RequestJson::attachment).toList());
        return o;
    }

    private static Map<String, Object> attachment(Attachment a) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", a.name());
        o.put("sha256", a.sha256());
        o.put("size", a.size());
        return o;
    }

    public static Map<String, Object> production(RequestService.ProductionView v) {
        Map<String, Object> o = production(v.production());
        o.put("documents", v.documentIds().size());
        o.put("documentIds", v.documentIds());
        o.put("search", v.searchQuery());
        return o;
    }

    public static Map<String, Object> production(Production p) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", p.id());
        o.put("requestId", p.requestId());
        o.put("number", p.number());
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("id", p.sourceId());
        source.put("name", p.sourceName());
        o.put("source", source);
        o.put("received", text(p.received()));
        if (p.batesFrom() == null) {
            o.put("bates", null);
        } else {
            Map<String, Object> bates = new LinkedHashMap<>();
            bates.put("from", p.batesFrom());
            bates.put("to", p.batesTo());
            o.put("bates", bates);
        }
        o.put("exemptions", p.exemptions());
        return o;
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
