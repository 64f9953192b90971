package org.redress.app.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.redress.application.audit.Actor;
import org.redress.application.audit.AuditNote;
import org.redress.application.audit.AuditTrail;
import org.redress.core.audit.AuditAction;

/**
 * The audit side of the route table: every route is declared with a {@link Rule}, and {@link #recording} wraps its
 * handler so that a successful answer is recorded before it leaves. A handler never writes the log itself, and a
 * route cannot be added without saying what it records. Only the parameters a rule names reach the log, so the
 * access token in a link never does.
 */
final class RouteAudit {
    private final AuditTrail trail;
    private final Function<Context, Actor> actors;

    /** @param actors who a request acts as: the user running a case folder's server, or a team server's user */
    RouteAudit(AuditTrail trail, Function<Context, Actor> actors) {
        this.trail = trail;
        this.actors = actors;
    }

    /** What a route records about one request; null when it showed nothing of the case (the empty search page). */
    @FunctionalInterface
    interface Rule {
        AuditNote note(Context ctx);
    }

    Handler recording(Rule rule, Handler handler) {
        return ctx -> {
            handler.handle(ctx);
            // A refusal or failure (4xx, 5xx, or an exception that skips this line) showed and changed nothing.
            if (ctx.statusCode() >= 400) return;
            record(rule, ctx);
        };
    }

    /** A login: recorded whether it was let in or refused (a refused login is the one refusal worth keeping). */
    Handler recordingAttempt(Rule rule, Handler handler) {
        return ctx -> {
            handler.handle(ctx);
            record(rule, ctx);
        };
    }

    private void record(Rule rule, Context ctx) {
        AuditNote note = rule.note(ctx);
        // Recorded before the answer is sent: if the log cannot be written the request fails (500) and the
        // case data does not leave unrecorded.
        if (note != null) trail.record(actors.apply(ctx), note);
    }

    /** The action on the route's {@code {id}} (or on what a POST created), with the named query parameters. */
    static Rule of(AuditAction action, String... params) {
        return ctx -> new AuditNote(action, target(ctx), params(ctx, params));
    }

    /** An action with a fixed note, as which analysis ran. */
    static Rule fixed(AuditAction action, String detail) {
        return ctx -> new AuditNote(action, target(ctx), detail);
    }

    /** A search: the query as typed and its filters (the search page without a query is not one). */
    static Rule search(boolean pageWithoutQueryIsNone) {
        return ctx -> {
            if (pageWithoutQueryIsNone && ctx.queryParam("q") == null) return null;
            return new AuditNote(
                    AuditAction.SEARCH, "", params(ctx, "q", "type", "source", "domain", "year", "person", "sort"));
        };
    }

    /** A form post: the target from the form field {@code target} (all its values), and the named form fields. */
    static Rule form(AuditAction action, String target, String... fields) {
        return ctx -> {
            List<String> parts = new ArrayList<>();
            for (String name : fields) {
                String value = ctx.formParam(name);
                if (value != null && !value.isBlank()) parts.add(name + "=" + value.strip());
            }
            return new AuditNote(action, String.join(",", ctx.formParams(target)), String.join(" ", parts));
        };
    }

    /** One page of a document. */
    static Rule page() {
        return ctx -> new AuditNote(AuditAction.PAGE_VIEW, ctx.pathParam("id"), "page " + ctx.pathParam("n"));
    }

    /** One page of a document, drawn as an image. */
    static Rule pageImage() {
        return ctx ->
                new AuditNote(AuditAction.PAGE_VIEW, ctx.pathParam("id"), "page " + ctx.pathParam("n") + " image");
    }

    /** A citation made on the document page: the event it went to (where the answer sends the reader), and the page. */
    static Rule pageCitation() {
        return ctx -> {
            String location = ctx.res().getHeader("Location");
            return new AuditNote(
                    AuditAction.CITATION_ADD,
                    location == null ? "" : location,
                    "document " + ctx.pathParam("id") + " page "
                            + String.valueOf(ctx.formParam("page")).strip());
        };
    }

    private static String target(Context ctx) {
        String id = ctx.pathParamMap().get("id");
        if (id != null) return id;
        // What a POST made: its answer points at it (201 Location, or the page a 303 sends the browser to).
        String location = ctx.res().getHeader("Location");
        return location == null ? "" : location;
    }

    private static String params(Context ctx, String... names) {
        List<String> parts = new ArrayList<>();
        for (String name : names) {
            String value = ctx.queryParam(name);
            if (value != null && !value.isBlank()) parts.add(name + "=" + value);
        }
        return String.join(" ", parts);
    }
}
