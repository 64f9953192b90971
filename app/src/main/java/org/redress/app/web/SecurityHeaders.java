package org.redress.app.web;

import io.javalin.http.Context;

/**
 * The headers of every response: no inline scripts, no framing, no type sniffing. Document content is
 * hostile, and these keep a page that shows it from ever running it.
 */
final class SecurityHeaders {
    private SecurityHeaders() {}

    static void apply(Context ctx) {
        ctx.header(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        // same-origin, not no-referrer: under no-referrer a browser sends "Origin: null" even on this server's own
        // form POSTs, which the same-origin rule must refuse; same-origin still sends nothing to any other site.
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
    }
}
