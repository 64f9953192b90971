package org.redress.application.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import org.redress.core.port.OneTimeCodes;
import org.redress.core.port.PasswordHasher;
import org.redress.core.port.UserStore;
import org.redress.core.users.UserAccount;
import org.redress.core.users.UserName;

/**
 * Logging in to a team server, whatever serves the form: the password against its Argon2id hash, the second factor
 * when the user has one (required of admins and attorneys), a lock after {@value #MAX_FAILURES} failures in a row for
 * {@link #LOCK}, and then a session; and the sessions and API tokens that later requests carry. A refusal never says
 * which part was wrong, nor whether the user exists.
 */
public final class Login {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);
    public static final Duration SESSION = Duration.ofHours(12);
    static final String API_TOKEN_PREFIX = "rdt_";
    static final String SESSION_PREFIX = "rds_";

    /** A session handed to a user who logged in: {@code token} goes into their cookie and is kept only hashed. */
    public record Session(String token, Principal principal, Instant expires) {
        @Override
        public String toString() {
            return "Session[" + principal.name() + ", until " + expires + "]";
        }
    }

    /** How an attempt ended. */
    public sealed interface Outcome permits LoggedIn, Refused {}

    public record LoggedIn(Session session) implements Outcome {}

    /** Refused: {@code locked} when the user is locked now (this attempt locked them, or an earlier one had). */
    public record Refused(boolean locked) implements Outcome {}

    private final UserStore store;
    private final PasswordHasher hasher;
    private final OneTimeCodes codes;
    private final Clock clock;
    private String decoy;

    public Login(UserStore store, PasswordHasher hasher, OneTimeCodes codes, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.codes = codes;
        this.clock = clock;
    }

    /** One attempt; the password array is wiped. {@code code} may be null for a user without a second factor. */
    public Outcome attempt(String typedName, char[] password, String code) {
        try {
            Instant now = clock.instant();
            Optional<UserAccount> found = nameOf(typedName).flatMap(store::find);
            if (found.isEmpty()) {
                hasher.verify(decoy(), password); // as long as a real check: the time does not tell who exists
                return new Refused(false);
            }
            UserAccount account = found.get();
            if (account.lockedAt(now)) return new Refused(true); // no guess is checked while locked
            boolean good = hasher.verify(account.passwordHash(), password) && secondFactor(account, code, now);
            if (!good) {
                int failures = store.recordFailedLogin(account.name(), MAX_FAILURES, now.plus(LOCK));
                return new Refused(failures >= MAX_FAILURES);
            }
            if (account.disabled()) return new Refused(false);
            store.recordLogin(account.name());
            String token = Tokens.create(SESSION_PREFIX);
            Instant expires = now.plus(SESSION);
            store.addSession(account.name(), Tokens.hash(token), expires);
            return new LoggedIn(new Session(token, Principal.of(account), expires));
        } finally {
            if (password != null) Arrays.fill(password, '\0');
        }
    }

    /** The user of a session cookie still valid now and not disabled, or nothing. */
    public Optional<Principal> session(String token) {
        if (token == null || !token.startsWith(SESSION_PREFIX)) return Optional.empty();
        return active(store.sessionUser(Tokens.hash(token), clock.instant()));
    }

    /** The user of an API token ({@code Authorization: Bearer rdt_…}) who is not disabled, or nothing. */
    public Optional<Principal> apiToken(String token) {
        if (token == null || !token.startsWith(API_TOKEN_PREFIX)) return Optional.empty();
        return active(store.apiTokenUser(Tokens.hash(token)));
    }

    public void logOut(String token) {
        if (token != null && token.startsWith(SESSION_PREFIX)) store.endSession(Tokens.hash(token));
    }

    /** A code good now, of a time step not used before; a user who must have a second factor and has none fails. */
    private boolean secondFactor(UserAccount account, String code, Instant now) {
        if (!account.hasSecondFactor()) return !account.role().needsSecondFactor();
        OptionalLong step = codes.accept(account.totpSecret(), code, now);
        return step.isPresent() && store.claimTotpStep(account.name(), step.getAsLong());
    }

    private Optional<Principal> active(Optional<UserName> user) {
        return user.flatMap(store::find).filter(a -> !a.disabled()).map(Principal::of);
    }

    private static Optional<UserName> nameOf(String typed) {
        try {
            return Optional.of(UserName.of(typed));
        } catch (org.redress.core.UserMistake e) {
            return Optional.empty();
        }
    }

    private synchronized String decoy() {
        if (decoy == null) decoy = hasher.hash(Tokens.create("decoy").toCharArray());
        return decoy;
    }
}
