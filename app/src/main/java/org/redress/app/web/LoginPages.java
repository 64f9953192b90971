package org.redress.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.redress.application.audit.AuditNote;
import org.redress.application.users.Login;
import org.redress.application.users.Principal;
import org.redress.core.audit.AuditAction;

/**
 * The login page of a case served from a team server, the login and the logout, over the {@link Login} use case
 * (password, second factor, lockout, sessions). A refused login says one thing whatever was wrong, and the same for a
 * user of another case: which part failed, and who exists, is for the audit log only.
 */
public final class LoginPages {
    private static final String ATTEMPT = "redress.login";

    /** What the login page shows: the name typed (kept after a refusal), where to go after, and whether refused. */
    public record LoginModel(Messages t, String name, String next, boolean refused) {}

    private final UserGate gate;

    LoginPages(UserGate gate) {
        this.gate = gate;
    }

    /** {@code GET /login}. */
    void form(Context ctx) {
        ctx.html(render(
                new LoginModel(PageLanguage.messages(ctx), "", UserGate.localPath(ctx.queryParam("next")), false)));
    }

    /** {@code POST /login}: in, with a session cookie, to the page asked for; or the form again, 401. */
    void attempt(Context ctx) {
        String name = field(ctx, "name");
        String code = field(ctx, "code");
        String next = UserGate.localPath(ctx.formParam("next"));
        Login.Outcome outcome =
                gate.login().attempt(name, field(ctx, "password").toCharArray(), code.isBlank() ? null : code);
        if (outcome instanceof Login.LoggedIn in && in.session().principal().memberOf(gate.caseName())) {
            Principal user = in.session().principal();
            ctx.cookie(UserGate.sessionCookie(in.session().token(), -1));
            UserGate.loggedIn(ctx, user);
            ctx.attribute(
                    ATTEMPT, new AuditNote(AuditAction.USER_LOGIN, user.name().value(), ""));
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        String why = "refused";
        if (outcome instanceof Login.LoggedIn other) { // a user of other cases: no session here
            gate.login().logOut(other.session().token());
            why = "refused: not a member of this case";
        } else if (outcome instanceof Login.Refused r && r.locked()) {
            why = "refused: locked after " + Login.MAX_FAILURES + " failures";
        }
        ctx.attribute(ATTEMPT, new AuditNote(AuditAction.USER_LOGIN_FAILED, name.strip(), why));
        ctx.status(HttpStatus.UNAUTHORIZED);
        ctx.html(render(new LoginModel(PageLanguage.messages(ctx), name, next, true)));
    }

    /** {@code POST /logout}: the session ends on the server and in the browser, which goes to the login page. */
    void logout(Context ctx) {
        String token = ctx.cookie(UserGate.SESSION_COOKIE);
        Optional<Principal> user = gate.login().session(token);
        gate.login().logOut(token);
        ctx.cookie(UserGate.sessionCookie("", 0));
        user.ifPresent(u -> {
            UserGate.loggedIn(ctx, u);
            ctx.attribute(
                    ATTEMPT, new AuditNote(AuditAction.USER_LOGOUT, u.name().value(), ""));
        });
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    /** What the audit log keeps of a login or logout: who, and why a login was refused; never a password or code. */
    static AuditNote audited(Context ctx) {
        return ctx.attribute(ATTEMPT);
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }

    private static String render(LoginModel model) {
        return Pages.render("login.jte", model);
    }
}
