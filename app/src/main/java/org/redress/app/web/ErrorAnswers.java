package org.redress.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.app.json.Json;
import org.redress.app.json.Problem;
import org.redress.core.NotFound;
import org.redress.core.UserMistake;
import org.redress.core.requests.InvalidRequestException;

/**
 * The one table from what went wrong to what the reader gets: RFC 9457 problem details under /api/,
 * the bilingual error page elsewhere. A {@link UserMistake} is the reader's to fix (4xx, its message shown);
 * anything else is a bug, answered 500 without details that could carry case data.
 */
final class ErrorAnswers {
    private static final String ANSWERED = "redress.answered";

    private ErrorAnswers() {}

    static void register(RoutesConfig r) {
        r.exception(KnownHosts.Misdirected.class, (e, ctx) -> answer(ctx, 421, "Misdirected request", e.getMessage()));
        r.exception(AccessToken.Unauthorized.class, ErrorAnswers::unauthorized);
        r.exception(SameOrigin.Forbidden.class, (e, ctx) -> answer(ctx, 403, "Forbidden", e.getMessage()));
        // A team server's users: no user (401), a user of other cases (the answer of an unknown path), a reader (403).
        r.exception(UserGate.NoUser.class, (e, ctx) -> {
            ctx.header("WWW-Authenticate", "Bearer realm=\"redress\"");
            answer(ctx, 401, "Unauthorized", e.getMessage());
        });
        r.exception(UserGate.NotMember.class, (e, ctx) -> nothingThere(ctx));
        r.exception(UserGate.ReadOnly.class, (e, ctx) -> {
            Messages t = PageLanguage.messages(ctx);
            answer(
                    ctx,
                    403,
                    "Forbidden",
                    isApi(ctx)
                            ? e.getMessage()
                            : String.format(t.get("error.403.readOnly"), t.get("userRole." + e.role)));
        });
        r.exception(NotFound.class, (e, ctx) -> answer(ctx, 404, "Not found", e.getMessage()));
        r.exception(InvalidRequestException.class, ErrorAnswers::invalidValue);
        r.exception(
                org.redress.app.web.ingest.UploadLimit.TooLarge.class,
                (e, ctx) -> answer(ctx, 413, "Content too large", e.getMessage()));
        r.exception(UserMistake.class, (e, ctx) -> answer(ctx, 400, "Bad request", e.getMessage()));
        r.exception(Exception.class, (e, ctx) -> {
            if (org.redress.app.web.witness.Uploads.tooLarge(e)) { // Jetty refused an upload over the form's limits
                String fallback = ctx.path().startsWith("/witness") ? "es" : null;
                answer(
                        ctx,
                        413,
                        "Too large",
                        PageLanguage.messages(ctx, fallback).get("witness.error.tooLarge"));
                return;
            }
            answer(
                    ctx,
                    500,
                    "Internal error",
                    "Something went wrong on the server: " + e.getClass().getSimpleName());
        });
        // Unknown paths too (Javalin's own answer is a bare English line); a 404 already answered here keeps its words.
        r.error(404, "*", ctx -> {
            if (ctx.attribute(ANSWERED) == null) nothingThere(ctx);
        });
    }

    /** The answer of a path with nothing at it. */
    private static void nothingThere(Context ctx) {
        Messages words = isApi(ctx) ? Messages.forLanguage("en") : PageLanguage.messages(ctx); // the API speaks English
        answer(ctx, 404, "Not found", String.format(words.get("error.404.detail"), ctx.path()));
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    static void answer(Context ctx, int status, String title, String detail) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status);
        if (isApi(ctx)) {
            ctx.contentType("application/problem+json").result(Json.write(Problem.of(status, title, detail)));
        } else {
            Messages t = PageLanguage.messages(ctx);
            String key = "error." + status;
            ctx.html(new Pages().error(t, status, t.get(key).equals(key) ? title : t.get(key), detail));
        }
    }

    /** No access token, or a wrong one: the API says so; a page says, in the reader's language, to open the printed link. */
    private static void unauthorized(AccessToken.Unauthorized e, Context ctx) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"redress\"");
        if (isApi(ctx)) {
            answer(ctx, 401, "Unauthorized", e.getMessage() + " Send it as Authorization: Bearer TOKEN.");
        } else {
            answer(
                    ctx,
                    401,
                    "Unauthorized",
                    PageLanguage.messages(ctx).get(e.wrong ? "error.401.wrong" : "error.401.detail"));
        }
    }

    /** A refused value of a records request: problem details naming the field, or the error page. */
    private static void invalidValue(InvalidRequestException e, Context ctx) {
        if (!isApi(ctx)) {
            answer(ctx, 400, "Invalid value", e.getMessage());
            return;
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "about:blank");
        p.put("title", "Invalid value");
        p.put("status", 400);
        p.put("detail", e.getMessage());
        p.put("field", e.field());
        p.put("invalid-params", List.of(Map.of("name", e.field(), "reason", e.reason())));
        ctx.status(400).contentType("application/problem+json").result(Json.write(p));
    }
}
