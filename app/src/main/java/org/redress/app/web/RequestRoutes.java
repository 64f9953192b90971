package org.redress.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redress.app.casefolder.CaseFolder;
import org.redress.app.cli.Json;
import org.redress.app.requests.ICalendar;
import org.redress.app.requests.RequestDeadlines;
import org.redress.app.requests.RequestInput;
import org.redress.app.requests.RequestJson;
import org.redress.app.requests.RequestService;
import org.redress.core.requests.InvalidRequestException;
import org.redress.core.requests.Request;

/**
 * Records requests over HTTP: JSON under /api/v1/requests, the iCalendar feed of their deadlines,
 * and the /requests pages. WebServer registers these routes with one call.
 */
public final class RequestRoutes {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final Set<String> FIELDS = Set.of("law", "agency", "office", "subject", "filed", "received",
            "trackingNumber", "status", "fees", "extension", "expedited", "tolled", "determined", "appealed", "appealAgency", "notes");
    private final CaseFolder caseFolder;
    private final Clock clock;

    public RequestRoutes(CaseFolder caseFolder, Clock clock) {
        this.caseFolder = caseFolder;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/requests", this::apiList);
        routes.post("/api/v1/requests", this::apiAdd);
        routes.get("/api/v1/requests/calendar.ics", this::calendar);
        routes.get("/api/v1/requests/{id}", this::apiOne);
        routes.get("/requests", this::listPage);
        routes.get("/requests/{id}", this::requestPage);
        routes.post("/requests", this::postAdd);
        routes.post("/requests/{id}", this::postUpdate);
        routes.post("/requests/{id}/correspondence", this::postCorrespondence);
        routes.exception(InvalidRequestException.class, (e, ctx) -> invalid(ctx, e));
    }

    /** The service as of today, or of {@code ?today=DATE}; {@code ?soon=DAYS} sets closing soon. */
    private RequestService service(Context ctx) {
        Clock c = clock;
        String today = ctx.queryParam("today");
        if (today != null && !today.isBlank()) {
            LocalDate d = RequestInput.date("today", today);
            c = Clock.fixed(d.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        }
        int soon = RequestDeadlines.DEFAULT_SOON_DAYS;
        String s = ctx.queryParam("soon");
        if (s != null && !s.isBlank()) {
            try {
                soon = Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("soon", "'" + s + "' is not a whole number of days");
            }
            if (soon < 0) throw new InvalidRequestException("soon", "closing-soon days cannot be negative");
        }
        return RequestService.of(caseFolder, c, soon);
    }

    private Request find(RequestService s, Context ctx) {
        try {
            return s.find(ctx.pathParam("id"));
        } catch (RequestService.NotFound e) {
            throw new WebServer.NotFound("There is no request '" + ctx.pathParam("id") + "' in this case.");
        }
    }

    private void apiList(Context ctx) {
        RequestService s = service(ctx);
        ctx.json(RequestJson.list(s.list("true".equals(ctx.queryParam("overdue"))), s.deadlines()));
    }

    private void apiOne(Context ctx) {
        RequestService s = service(ctx);
        ctx.json(RequestJson.detail(s.detail(find(s, ctx))));
    }

    private void apiAdd(Context ctx) {
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(ctx.body());
        } catch (IOException e) {
            throw new InvalidRequestException("body", "the body is not JSON");
        }
        if (body == null || !body.isObject()) throw new InvalidRequestException("body", "the body must be a JSON object");
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) throw new InvalidRequestException(name, "unknown field; the fields are " + String.join(", ", FIELDS.stream().sorted().toList()));
        }
        RequestInput in = new RequestInput();
        in.law = text(body, "law");
        in.agency = text(body, "agency");
        in.office = text(body, "office");
        in.subject = text(body, "subject");
        in.filed = text(body, "filed");
        in.received = text(body, "received");
        in.trackingNumber = text(body, "trackingNumber");
        in.status = text(body, "status");
        in.fees = text(body, "fees");
        in.extension = text(body, "extension");
        in.expedited = text(body, "expedited");
        in.determined = text(body, "determined");
        in.appealed = text(body, "appealed");
        in.appealAgency = text(body, "appealAgency");
        in.notes = text(body, "notes");
        JsonNode tolled = body.get("tolled");
        if (tolled != null && !tolled.isNull()) {
            List<String> periods = new ArrayList<>();
            if (tolled.isArray()) tolled.forEach(t -> periods.add(t.asText()));
            else periods.add(tolled.asText());
            in.tolled = periods;
        }
        RequestService s = service(ctx);
        Request r = s.add(in);
        ctx.status(201).header("Location", "/api/v1/requests/" + r.id());
        ctx.json(RequestJson.detail(s.detail(r)));
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isContainerNode()) throw new InvalidRequestException(field, "must be a single value, not " + (v.isArray() ? "a list" : "an object"));
        return v.asText();
    }

    private void calendar(Context ctx) {
        RequestService s = service(ctx);
        String name = caseFolder.root().toAbsolutePath().normalize().getFileName() == null ? "case"
                : caseFolder.root().toAbsolutePath().normalize().getFileName().toString();
        ctx.header("Content-Disposition", "attachment; filename=\"requests.ics\"");
        ctx.contentType("text/calendar; charset=utf-8");
        ctx.result(ICalendar.of(s.list(false), clock.instant(), name));
    }

    private static void invalid(Context ctx, InvalidRequestException e) {
        ctx.status(400);
        if (ctx.path().startsWith("/api/")) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("type", "about:blank");
            p.put("title", "Invalid value");
            p.put("status", 400);
            p.put("detail", e.getMessage());
            p.put("field", e.field());
            p.put("invalid-params", List.of(Map.of("name", e.field(), "reason", e.reason())));
            ctx.contentType("application/problem+json").result(Json.write(p));
        } else {
            Messages t = Messages.forLanguage(WebServer.language(ctx));
            ctx.html(new Pages().error(t, 400, t.get("error.400"), e.getMessage()));
        }
    }

    // --- pages -------------------------------------------------------------------------------

    /** The requests page: requests in order of urgency. */
    public record ListModel(Messages t, List<RequestService.Listed> rows, LocalDate today, List<String> laws,
                            String error, Map<String, String> form) {
        public String value(String field) {
            return form == null ? "" : form.getOrDefault(field, "");
        }

        public List<String> statuses() {
            return STATUSES;
        }

        public String status(Request r) {
            return t.get("requests.status." + r.status().id());
        }

        public String kind(String kind) {
            return t.get("requests.deadline." + kind);
        }
    }

    /** One request's page. */
    public record DetailModel(Messages t, RequestService.Detail detail, LocalDate today, String error, String errorForm,
                              Map<String, String> form) {
        public Request r() {
            return detail.listed().request();
        }

        public List<String> statuses() {
            return STATUSES;
        }

        /** What the update form shows: what was typed if it was refused, else the stored value. */
        public String update(String field) {
            if ("update".equals(errorForm)) return form.getOrDefault(field, "");
            Request r = r();
            Object v = switch (field) {
                case "status" -> r.status().id();
                case "filed" -> r.filed();
                case "received" -> r.received();
                case "determined" -> r.determined();
                case "appealed" -> r.appealed();
                case "fees" -> r.fees() == null ? null : r.fees().toPlainString();
                case "extension" -> r.extension() ? "yes" : "";
                case "expedited" -> r.expedited() ? "yes" : "";
                case "tolled" -> String.join("\n", r.tolled().stream().map(Object::toString).toList());
                default -> null;
            };
            return v == null ? "" : v.toString();
        }

        /** What the correspondence form shows: what was typed if it was refused, else nothing (today's date). */
        public String correspondence(String field) {
            if ("correspondence".equals(errorForm)) return form.getOrDefault(field, "");
            return "date".equals(field) ? today.toString() : "";
        }

        public String status() {
            return t.get("requests.status." + r().status().id());
        }

        public String kind(String kind) {
            return t.get("requests.deadline." + kind);
        }

        public String searchLink(RequestService.ProductionView v) {
            return "/?q=" + Pages.enc(v.searchQuery());
        }

        public String or(Object o) {
            return o == null ? "—" : o.toString();
        }
    }

    private void listPage(Context ctx) {
        Messages t = Messages.forLanguage(WebServer.language(ctx));
        RequestService s = service(ctx);
        ctx.html(render("requests.jte", listModel(t, s, ctx, null, null)));
    }

    private void requestPage(Context ctx) {
        Messages t = Messages.forLanguage(WebServer.language(ctx));
        RequestService s = service(ctx);
        ctx.html(render("request.jte", new DetailModel(t, s.detail(find(s, ctx)), s.deadlines().today(), null, null, Map.of())));
    }

    // --- forms (post/redirect/get; a refused value re-shows the page with what was typed and stores nothing) ---------

    private static final List<String> STATUSES = java.util.Arrays.stream(org.redress.core.requests.RequestStatus.values())
            .map(org.redress.core.requests.RequestStatus::id).toList();
    private static final List<String> ADD_FIELDS = List.of("law", "agency", "office", "subject", "filed", "received", "trackingNumber",
            "status", "notes");
    private static final List<String> UPDATE_FIELDS = List.of("status", "filed", "received", "determined", "appealed", "fees",
            "extension", "expedited", "tolled");
    private static final List<String> CORRESPONDENCE_FIELDS = List.of("date", "direction", "kind", "summary");

    private ListModel listModel(Messages t, RequestService s, Context ctx, String error, Map<String, String> form) {
        List<String> laws = s.deadlines().calculator().library().laws().stream().map(l -> l.id()).toList();
        return new ListModel(t, s.list("true".equals(ctx.queryParam("overdue"))), s.deadlines().today(), laws, error, form);
    }

    private static Map<String, String> form(Context ctx, List<String> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : fields) {
            String v = ctx.formParam(f);
            out.put(f, v == null ? "" : v.strip());
        }
        return out;
    }

    private static String orNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }

    private void postAdd(Context ctx) {
        CaseRoutes.sameOrigin(ctx, false);
        Messages t = Messages.forLanguage(WebServer.language(ctx));
        RequestService s = service(ctx);
        Map<String, String> f = form(ctx, ADD_FIELDS);
        RequestInput in = new RequestInput();
        in.law = f.get("law");
        in.agency = f.get("agency");
        in.office = orNull(f.get("office"));
        in.subject = f.get("subject");
        in.filed = orNull(f.get("filed"));
        in.received = orNull(f.get("received"));
        in.trackingNumber = orNull(f.get("trackingNumber"));
        in.status = orNull(f.get("status"));
        in.notes = orNull(f.get("notes"));
        try {
            Request r = s.add(in);
            ctx.redirect("/requests/" + r.id(), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidRequestException e) {
            ctx.status(400).html(render("requests.jte", listModel(t, s, ctx, localized(t, e, f), f)));
        }
    }

    private void postUpdate(Context ctx) {
        CaseRoutes.sameOrigin(ctx, false);
        Messages t = Messages.forLanguage(WebServer.language(ctx));
        RequestService s = service(ctx);
        Request existing = find(s, ctx);
        Map<String, String> f = form(ctx, UPDATE_FIELDS);
        RequestInput in = new RequestInput();
        in.status = f.get("status");
        in.filed = f.get("filed");
        in.received = f.get("received");
        in.determined = f.get("determined");
        in.appealed = f.get("appealed");
        in.fees = f.get("fees");
        in.extension = f.get("extension").isEmpty() ? "no" : f.get("extension");
        in.expedited = f.get("expedited").isEmpty() ? "no" : f.get("expedited");
        in.tolled = f.get("tolled").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        try {
            s.update(existing, in);
            ctx.redirect("/requests/" + existing.id(), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidRequestException e) {
            ctx.status(400).html(render("request.jte", new DetailModel(t, s.detail(existing), s.deadlines().today(),
                    localized(t, e, f), "update", f)));
        }
    }

    private void postCorrespondence(Context ctx) throws IOException {
        CaseRoutes.sameOrigin(ctx, false);
        Messages t = Messages.forLanguage(WebServer.language(ctx));
        RequestService s = service(ctx);
        Request existing = find(s, ctx);
        Map<String, String> f = form(ctx, CORRESPONDENCE_FIELDS);
        try {
            LocalDate date = RequestInput.date("date", f.get("date"));
            org.redress.core.requests.Direction direction = org.redress.core.requests.Direction.parse(f.get("direction"));
            s.correspond(existing, date, direction, f.get("kind"), f.get("summary"), List.of());
            ctx.redirect("/requests/" + existing.id(), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidRequestException e) {
            ctx.status(400).html(render("request.jte", new DetailModel(t, s.detail(existing), s.deadlines().today(),
                    localized(t, e, f), "correspondence", f)));
        }
    }

    /** The refusal in the reader's language: the field's label, what was typed, and how to write it. */
    static String localized(Messages t, InvalidRequestException e, Map<String, String> form) {
        String field = e.field();
        String label = t.get("requests.field." + field);
        if (label.startsWith("requests.field.")) label = field;
        String value = form.getOrDefault(field, "");
        if ("tolled".equals(field)) {
            value = value.lines().map(String::strip).filter(l -> {
                try {
                    org.redress.core.requests.Tolled.parse(l);
                    return false;
                } catch (InvalidRequestException bad) {
                    return !l.isEmpty();
                }
            }).findFirst().orElse(value);
        }
        if (value.isBlank()) return t.format("requests.error.required", label);
        String hint = switch (field) {
            case "filed", "received", "determined", "appealed", "date" -> "date";
            default -> field;
        };
        String h = t.get("requests.hint." + hint);
        return h.startsWith("requests.hint.") ? t.format("requests.error.invalidNoHint", label, value)
                : t.format("requests.error.invalid", label, value, h);
    }

    private static String render(String template, Object model) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, Map.of("m", model), out);
        return out.toString();
    }
}
