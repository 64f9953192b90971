package org.redress.app.web;

import io.javalin.http.Context;

/**
 * The one same-origin check of every POST: it must name this server as its {@code Origin}, or, for the API only,
 * be JSON without an Origin (a script or curl; a browser cannot send a cross-site JSON POST without CORS, which is
 * off). A refusal is a {@link Forbidden}, answered with 403.
 */
final class SameOrigin {
    private SameOrigin() {}

    /** A form POST from a page: it must come from this server. */
    static void requireForForm(Context ctx) {
        check(ctx, false);
    }

    /** A POST to the JSON API: from this server, or JSON without an Origin. */
    static void requireForApi(Context ctx) {
        check(ctx, true);
    }

    private static void check(Context ctx, boolean api) {
        String origin = ctx.header("Origin");
        String self = ctx.scheme() + "://" + ctx.host();
        // A browser says "Origin: null" where a referrer policy or privacy setting hides the origin; its
        // Sec-Fetch-Site header (which no page script can set) still tells whether the form was this server's own.
        if ("null".equals(origin) && "same-origin".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"))) return;
        if (origin != null) {
            if (!origin.equalsIgnoreCase(self)) throw new Forbidden("This request came from another site (" + origin + ") and was refused.");
            return;
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (api && type.startsWith("application/json")) return;
        throw new Forbidden("This request did not say where it came from (no Origin header) and was refused.");
    }

    /** A POST refused because it came from another site, or did not say where it came from. */
    static final class Forbidden extends RuntimeException {
        Forbidden(String m) {
            super(m);
        }
    }
}
