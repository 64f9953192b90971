package org.redress.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.app.casefolder.CaseFolder;
import org.redress.app.cli.Json;
import org.redress.core.requests.InvalidRequestException;

/**
 * Records requests over HTTP: the JSON API ({@link RequestApiRoutes}) and the /requests pages
 * ({@link RequestPageRoutes}), with one answer to a refused value for both. WebServer registers them with one call.
 */
public final class RequestRoutes {
    private final RequestLookup lookup;

    public RequestRoutes(CaseFolder caseFolder, Clock clock) {
        this.lookup = new RequestLookup(caseFolder, clock);
    }

    public void register(RoutesConfig routes) {
        new RequestApiRoutes(lookup).register(routes);
        new RequestPageRoutes(lookup).register(routes);
        routes.exception(InvalidRequestException.class, (e, ctx) -> invalid(ctx, e));
    }

    /** A refused value: problem details with the field for the API, the error page for a browser. */
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
            Messages t = WebServer.messages(ctx);
            ctx.html(new Pages().error(t, 400, t.get("error.400"), e.getMessage()));
        }
    }
}
