package org.redress.app.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Set;

/**
 * The same-origin rule, applied by one before-filter to every state-changing request (POST, PUT, PATCH,
 * DELETE), on pages and on the API alike, so that no handler can forget it. Such a request must name this
 * server as its {@code Origin}; or, for the API only, be JSON without an Origin (a script or curl: a browser
 * cannot send a cross-site JSON request without CORS, which is off). A refusal is a {@link Forbidden}, 403.
 */
final class SameOrigin {
    static final Set<HandlerType> STATE_CHANGING =
            Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

    private SameOrigin() {}

    /** The before-filter: lets reads through, checks everything that can change the case. */
    static void filter(Context ctx) {
        if (STATE_CHANGING.contains(ctx.method())) check(ctx, ErrorAnswers.isApi(ctx));
    }

    private static void check(Context ctx, boolean api) {
        String origin = ctx.header("Origin");
        String self = ctx.scheme() + "://" + ctx.host();
        // A browser says "Origin: null" where a referrer policy or privacy setting hides the origin; its
        // Sec-Fetch-Site header (which no page script can set) still tells whether the form was this server's own.
        if ("null".equals(origin) && "same-origin".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"))) return;
        if (origin != null) {
            if (!origin.equalsIgnoreCase(self))
                throw new Forbidden("This request came from another site (" + origin + ") and was refused.");
            return;
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (api && type.startsWith("application/json")) return;
        throw new Forbidden("This request did not say where it came from (no Origin header) and was refused.");
    }

    /** A request refused because it came from another site, or did not say where it came from. */
    static final class Forbidden extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Forbidden(String m) {
            super(m);
        }
    }
}
