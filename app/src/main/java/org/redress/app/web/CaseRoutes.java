package org.redress.app.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.redress.app.casefolder.CaseException;
import org.redress.app.casefolder.CaseFolder;
import org.redress.app.casemodel.ImportException;
import org.redress.app.cli.Json;

/**
 * People, events, citations, the chronology, claims and the analyses over HTTP: the JSON API
 * ({@link CaseApiRoutes}) and the bilingual pages ({@link CasePageRoutes}), with one answer to refused input for both.
 * Every POST passes {@link SameOrigin}. WebServer registers them with one call.
 */
public final class CaseRoutes {
    private final CaseOperations ops;

    public CaseRoutes(CaseFolder caseFolder) {
        this.ops = new CaseOperations(caseFolder);
    }

    public void register(JavalinConfig config) {
        var r = config.routes;
        r.exception(ImportException.class, (e, ctx) -> problem(ctx, 400, "Input refused", e.getMessage()));
        r.exception(CaseException.class, (e, ctx) -> problem(ctx, 400, "Bad request", e.getMessage()));
        r.exception(SameOrigin.Forbidden.class, (e, ctx) -> problem(ctx, 403, "Forbidden", e.getMessage()));
        new CaseApiRoutes(ops).register(r);
        new CasePageRoutes(ops).register(r);
    }

    private static void problem(Context ctx, int status, String title, String detail) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.contentType("application/problem+json").result(Json.write(Problem.of(status, title, detail)));
        } else {
            ctx.html(new Pages().error(WebServer.messages(ctx), status, title, detail));
        }
    }
}
