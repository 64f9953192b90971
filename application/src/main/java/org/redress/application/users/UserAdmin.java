package org.redress.application.users;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.redress.core.NotFound;
import org.redress.core.UserMistake;
import org.redress.core.port.OneTimeCodes;
import org.redress.core.port.PasswordHasher;
import org.redress.core.port.UserStore;
import org.redress.core.users.Role;
import org.redress.core.users.UserAccount;
import org.redress.core.users.UserName;

/**
 * Managing the users of a team server ({@code redress users}): adding, listing, disabling, enabling and resetting them, their
 * case memberships and API tokens. A new secret (a second factor's, a token) is handed back once and is not kept in
 * a form anyone can read back, except the TOTP secret, which the login needs.
 */
public final class UserAdmin {
    /** As for a case's passphrase: long enough to stand an offline guess against its Argon2id hash for a while. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    /** What a change hands back: the account after it, and the authenticator URI of a new second factor, or null. */
    public record Changed(UserAccount account, String totpUri) {}

    private final UserStore store;
    private final PasswordHasher hasher;
    private final OneTimeCodes codes;
    private final String issuer;
    private final Clock clock;

    public UserAdmin(UserStore store, PasswordHasher hasher, OneTimeCodes codes, String issuer, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.codes = codes;
        this.issuer = issuer;
        this.clock = clock;
    }

    /** A new user, a member of {@code cases}; with a second factor when the role needs one or {@code totp} asks. */
    public Changed add(UserName name, Role role, char[] password, List<String> cases, boolean totp) {
        String hash = hash(password);
        String secret = totp || role.needsSecondFactor() ? codes.newSecret() : null;
        store.add(name, role, hash, secret);
        for (String c : cases) store.grant(name, c);
        return new Changed(existing(name), secret == null ? null : codes.uri(issuer, name.value(), secret));
    }

    public List<UserAccount> list() {
        return store.list();
    }

    /** Disables the user and ends their sessions; their API tokens stop working while they are disabled. */
    public UserAccount disable(UserName name) {
        if (!store.setDisabled(name, true)) throw noSuchUser(name);
        store.endSessions(name);
        return existing(name);
    }

    /** Lets a disabled user log in again (with their password and second factor as they were); their tokens work again. */
    public UserAccount enable(UserName name) {
        if (!store.setDisabled(name, false)) throw noSuchUser(name);
        return existing(name);
    }

    /**
     * A new password, which also unlocks the user and ends their sessions; a new second factor when {@code totp}
     * asks, or when the role needs one and the user has none.
     */
    public Changed reset(UserName name, char[] password, boolean totp) {
        UserAccount before = existing(name);
        store.setPassword(name, hash(password));
        store.endSessions(name);
        String secret = null;
        if (totp || (before.role().needsSecondFactor() && !before.hasSecondFactor())) {
            secret = codes.newSecret();
            store.setTotpSecret(name, secret);
        }
        return new Changed(existing(name), secret == null ? null : codes.uri(issuer, name.value(), secret));
    }

    public UserAccount grant(UserName name, String caseName) {
        existing(name);
        store.grant(name, caseName);
        return existing(name);
    }

    public UserAccount revoke(UserName name, String caseName) {
        existing(name);
        store.revoke(name, caseName);
        return existing(name);
    }

    /** A new API token of the user, for scripts: returned once, kept only as its hash. */
    public String newApiToken(UserName name) {
        existing(name);
        String token = Tokens.create(Login.API_TOKEN_PREFIX);
        store.addApiToken(name, Tokens.hash(token), clock.instant());
        return token;
    }

    public UserAccount existing(UserName name) {
        return store.find(name).orElseThrow(() -> noSuchUser(name));
    }

    private String hash(char[] password) {
        try {
            if (password == null || password.length < MIN_PASSWORD_LENGTH)
                throw new UserMistake("a password must have at least " + MIN_PASSWORD_LENGTH + " characters");
            return hasher.hash(password);
        } finally {
            if (password != null) Arrays.fill(password, '\0');
        }
    }

    private static NotFound noSuchUser(UserName name) {
        return new NotFound("there is no user named " + name + " on this server");
    }
}
