package org.redress.app.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The served case's secret: every request must carry it, so that only the person who started
 * {@code redress serve} (and read the link it printed) can read or change the case. It comes as the
 * {@code ?token=} of that link (which sets an HttpOnly, SameSite=Strict cookie and is then dropped from the
 * address), as that cookie, or as {@code Authorization: Bearer TOKEN} for scripts.
 */
public final class AccessToken {
    static final String COOKIE = "redress_token";
    private static final Set<String> PUBLIC = Set.of("/redress.css", "/favicon.ico");
    private final byte[] secret;

    private AccessToken(String token) {
        if (token.length() < 16)
            throw new org.redress.core.UserMistake("the access token must have at least 16 characters");
        this.secret = token.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code REDRESS_SERVE_TOKEN} when set (for scripts), else 32 random bytes. */
    public static AccessToken of(String fromEnvironment) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) return new AccessToken(fromEnvironment.strip());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return new AccessToken(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    public String value() {
        return new String(secret, StandardCharsets.UTF_8);
    }

    /** The before-filter. */
    void filter(Context ctx) {
        if (PUBLIC.contains(ctx.path())) return;
        String fromLink = ctx.queryParam("token");
        if (fromLink != null && matches(fromLink)) {
            ctx.cookie(new Cookie(COOKIE, value(), "/", -1, false, true, null, SameSite.STRICT));
            ctx.redirect(withoutToken(ctx), HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        if (matches(ctx.cookie(COOKIE)) || matches(bearer(ctx))) return;
        throw new Unauthorized(fromLink != null || ctx.header("Authorization") != null || ctx.cookie(COOKIE) != null);
    }

    private boolean matches(String candidate) {
        // Constant time, so that the answer's timing says nothing about how much of a guess was right.
        return candidate != null && MessageDigest.isEqual(secret, candidate.getBytes(StandardCharsets.UTF_8));
    }

    private static String bearer(Context ctx) {
        String h = ctx.header("Authorization");
        return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7)
                ? h.substring(7).strip()
                : null;
    }

    /** The same address without its token, so the secret stays out of the history and the address bar. */
    private static String withoutToken(Context ctx) {
        String rest = ctx.queryParamMap().entrySet().stream()
                .filter(e -> !e.getKey().equals("token"))
                .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
        return ctx.path() + (rest.isEmpty() ? "" : "?" + rest);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A request without the token, or with a wrong one: 401. */
    static final class Unauthorized extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final boolean wrong;

        Unauthorized(boolean wrong) {
            super(
                    wrong
                            ? "The access token of this request is not this case's."
                            : "This case answers only to its access token.");
            this.wrong = wrong;
        }
    }
}
