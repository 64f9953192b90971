package org.redress.app.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.redress.application.audit.Actor;
import org.redress.application.users.ActingUser;
import org.redress.application.users.Login;
import org.redress.application.users.Principal;

/**
 * Who may use a case served from a team server, decided here once for every route (issue 13): one before-filter finds
 * the user of the request (a session cookie, or {@code Authorization: Bearer} with an API token), sends anyone else to
 * the login page (the API answers 401), answers a user who is not a member of the case as if nothing were there (404),
 * and refuses every change from a role that only reads (403). The user then acts for the rest of the request through
 * {@link ActingUser}, which one after-filter ends; Javalin runs after-filters after an exception too.
 */
public final class UserGate {
    static final String SESSION_COOKIE = "redress_session";
    /** The login form's own secret before there is a session: its form token is bound to it. */
    static final String LOGIN_COOKIE = "redress_login";

    private static final String PRINCIPAL = "redress.principal";
    private static final String SCOPE = "redress.actingUser";
    private static final String BINDING = "redress.formBinding";
    /** Open to anyone: the login itself, and the stylesheet and menu script its page needs. */
    private static final Set<String> OPEN = Set.of("/login", "/logout", "/redress.css", "/menus.js", "/favicon.ico");

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Login login;
    private final String caseName;
    private final byte[] formKey;

    /**
     * @param caseName the served case as the server names it ({@code smith_v_ice}), which membership is checked against
     */
    public UserGate(Login login, String caseName) {
        this(login, caseName, randomKey());
    }

    /** @param formKey the key of the form tokens bound to the sessions ({@code ServerUsers#formTokenKey}) */
    public UserGate(Login login, String caseName, byte[] formKey) {
        this.login = login;
        this.caseName = caseName;
        this.formKey = formKey.clone();
    }

    /** A key of this process alone: its forms do not post to another process, nor after a restart. */
    private static byte[] randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    byte[] formKey() {
        return formKey.clone();
    }

    Login login() {
        return login;
    }

    public String caseName() {
        return caseName;
    }

    /** The before-filter. */
    void filter(Context ctx) {
        // A pooled thread left acting for someone (a request whose after-filters never ran) forgets them first.
        ActingUser.current().ifPresent(stale -> ActingUser.begin(stale).close());
        if (OPEN.contains(ctx.path())) {
            if (ctx.path().equals("/login")) ensureLoginSecret(ctx);
            return;
        }
        Optional<Principal> found = login.session(ctx.cookie(SESSION_COOKIE)).or(() -> login.apiToken(bearer(ctx)));
        if (found.isEmpty()) {
            if (ErrorAnswers.isApi(ctx)) throw new NoUser();
            ctx.redirect("/login" + nextParam(ctx), HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        Principal user = found.get();
        // Nothing of a case a user is not a member of, not even that it is there: the answer of an unknown path.
        if (!user.memberOf(caseName)) throw new NotMember();
        if (SameOrigin.STATE_CHANGING.contains(ctx.method()) && !user.role().mayChange()) throw new ReadOnly(user);
        ctx.attribute(PRINCIPAL, user);
        ctx.attribute(SCOPE, ActingUser.begin(user));
    }

    /** The after-filter: the request no longer acts for its user (the server's threads serve the next one). */
    void end(Context ctx) {
        ActingUser.Scope scope = ctx.attribute(SCOPE);
        if (scope != null) {
            ctx.attribute(SCOPE, null);
            scope.close();
        }
    }

    /** Who the audit log records for a request: its user, or "anonymous" before a login (a refused one). */
    static Actor actor(Context ctx) {
        Principal user = ctx.attribute(PRINCIPAL);
        return new Actor(user == null ? "anonymous" : user.name().value(), "web " + ctx.ip());
    }

    /** The user a login just let in: recorded as who logged in. */
    static void loggedIn(Context ctx, Principal user) {
        ctx.attribute(PRINCIPAL, user);
    }

    /**
     * What this request's form tokens are bound to: its session, else its API token, else the login form's secret; so
     * a form token is good for one browser's session only. Null when the request has none of them.
     */
    static String formBinding(Context ctx) {
        String made = ctx.attribute(BINDING);
        if (made != null) return made;
        String session = ctx.cookie(SESSION_COOKIE);
        if (session != null) return "session " + session;
        String token = bearer(ctx);
        if (token != null) return "token " + token;
        String secret = ctx.cookie(LOGIN_COOKIE);
        return secret == null ? null : "login " + secret;
    }

    /** The session cookie: HttpOnly, SameSite=Strict and Secure (browsers keep it on http only for localhost). */
    static Cookie sessionCookie(String value, int maxAgeSeconds) {
        return new Cookie(SESSION_COOKIE, value, "/", maxAgeSeconds, true, true, null, SameSite.STRICT);
    }

    /** Gives a browser arriving at the login page without a session the secret its login form is bound to. */
    private static void ensureLoginSecret(Context ctx) {
        if (ctx.cookie(SESSION_COOKIE) != null || ctx.cookie(LOGIN_COOKIE) != null) return;
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ctx.cookie(new Cookie(LOGIN_COOKIE, secret, "/", -1, true, true, null, SameSite.STRICT));
        ctx.attribute(BINDING, "login " + secret);
    }

    static String bearer(Context ctx) {
        String h = ctx.header("Authorization");
        return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7)
                ? h.substring(7).strip()
                : null;
    }

    /** Where the login sends the reader back to: the page they asked for (reads only; a form's post is lost). */
    private static String nextParam(Context ctx) {
        if (!HandlerType.GET.equals(ctx.method()) || ctx.path().equals("/")) return "";
        String query = ctx.queryString();
        String next = ctx.path() + (query == null ? "" : "?" + query);
        return "?next=" + Pages.enc(next);
    }

    /** A page path of this server to go back to after the login; anything else (another site) goes home. */
    static String localPath(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.startsWith("/\\")
                || next.chars().anyMatch(Character::isISOControl)) return "/";
        return next;
    }

    /** An API request without a session or a valid API token: 401. */
    static final class NoUser extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoUser() {
            super("This case answers only to its users: send an API token as Authorization: Bearer TOKEN"
                    + " (redress users token NAME), or log in at /login.");
        }
    }

    /** A user who is not a member of the served case: answered as a path with nothing at it. */
    static final class NotMember extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotMember() {
            super("not a member of the served case");
        }
    }

    /** A change asked by a role that only reads the case (reporters, viewers): 403. */
    static final class ReadOnly extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String role;

        ReadOnly(Principal user) {
            super("A " + user.role().code() + " may read this case but not change it.");
            this.role = user.role().code();
        }
    }
}
