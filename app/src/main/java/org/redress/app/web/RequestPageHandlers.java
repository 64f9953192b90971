package org.redress.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.application.requests.RequestInput;
import org.redress.application.requests.RequestService;
import org.redress.core.requests.Direction;
import org.redress.core.requests.InvalidRequestException;
import org.redress.core.requests.Request;

/**
 * The /requests pages and their forms (post/redirect/get; a refused value re-shows the page with what was typed
 * and stores nothing).
 */
final class RequestPageHandlers {
    private static final List<String> ADD_FIELDS =
            List.of("law", "agency", "office", "subject", "filed", "received", "trackingNumber", "status", "notes");
    private static final List<String> UPDATE_FIELDS = List.of(
            "status", "filed", "received", "determined", "appealed", "fees", "extension", "expedited", "tolled");
    private static final List<String> CORRESPONDENCE_FIELDS = List.of("date", "direction", "kind", "summary");
    private final RequestLookup lookup;
    private final RequestPages pages = new RequestPages();

    RequestPageHandlers(RequestLookup lookup) {
        this.lookup = lookup;
    }

    void listPage(Context ctx) {
        ctx.html(pages.list(listModel(PageLanguage.messages(ctx), lookup.service(ctx), ctx, null, null)));
    }

    void requestPage(Context ctx) {
        Messages t = PageLanguage.messages(ctx);
        RequestService s = lookup.service(ctx);
        ctx.html(pages.detail(new RequestPages.DetailModel(
                t, s.detail(RequestLookup.find(s, ctx)), s.deadlines().today(), null, null, Map.of())));
    }

    private RequestPages.ListModel listModel(
            Messages t, RequestService s, Context ctx, String error, Map<String, String> form) {
        List<String> laws = s.deadlines().calculator().library().laws().stream()
                .map(l -> l.id())
                .toList();
        return new RequestPages.ListModel(
                t,
                s.list("true".equals(ctx.queryParam("overdue"))),
                s.deadlines().today(),
                laws,
                error,
                form);
    }

    void postAdd(Context ctx) {
        Messages t = PageLanguage.messages(ctx);
        RequestService s = lookup.service(ctx);
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
            ctx.redirect("/requests/" + r.id(), HttpStatus.SEE_OTHER);
        } catch (InvalidRequestException e) {
            ctx.status(400).html(pages.list(listModel(t, s, ctx, RequestRefusal.localized(t, e, f), f)));
        }
    }

    void postUpdate(Context ctx) {
        Messages t = PageLanguage.messages(ctx);
        RequestService s = lookup.service(ctx);
        Request existing = RequestLookup.find(s, ctx);
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
        in.tolled = f.get("tolled")
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
        try {
            s.update(existing, in);
            ctx.redirect("/requests/" + existing.id(), HttpStatus.SEE_OTHER);
        } catch (InvalidRequestException e) {
            refused(ctx, t, s, existing, e, "update", f);
        }
    }

    void postCorrespondence(Context ctx) throws IOException {
        Messages t = PageLanguage.messages(ctx);
        RequestService s = lookup.service(ctx);
        Request existing = RequestLookup.find(s, ctx);
        Map<String, String> f = form(ctx, CORRESPONDENCE_FIELDS);
        try {
            LocalDate date = RequestInput.date("date", f.get("date"));
            Direction direction = Direction.parse(f.get("direction"));
            s.correspond(existing, date, direction, f.get("kind"), f.get("summary"), List.of());
            ctx.redirect("/requests/" + existing.id(), HttpStatus.SEE_OTHER);
        } catch (InvalidRequestException e) {
            refused(ctx, t, s, existing, e, "correspondence", f);
        }
    }

    /** The request's page again, with the refusal above the form that was sent and what was typed in it. */
    private void refused(
            Context ctx,
            Messages t,
            RequestService s,
            Request existing,
            InvalidRequestException e,
            String formName,
            Map<String, String> f) {
        ctx.status(400)
                .html(pages.detail(new RequestPages.DetailModel(
                        t, s.detail(existing), s.deadlines().today(), RequestRefusal.localized(t, e, f), formName, f)));
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
}
