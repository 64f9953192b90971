package org.redress.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redress.core.users.Role;
import org.redress.core.users.UserAccount;
import org.redress.core.users.UserName;

/**
 * The users of a team server, kept once for the whole server (not per case): accounts, case memberships, and the
 * hashes of their API tokens and login sessions. A token or a session is stored only as its SHA-256, so the store
 * never holds what a request carries. Case names are those of the server ({@code smith_v_ice}).
 */
public interface UserStore {
    /** Adds a user; a UserMistake when the name is taken. */
    void add(UserName name, Role role, String passwordHash, String totpSecret);

    Optional<UserAccount> find(UserName name);

    /** Every user, by name. */
    List<UserAccount> list();

    /** False when there is no such user. */
    boolean setDisabled(UserName name, boolean disabled);

    /** A new password hash, which also unlocks the user and clears the failed logins; false when there is none. */
    boolean setPassword(UserName name, String passwordHash);

    /** A new second-factor secret (null for none); false when there is no such user. */
    boolean setTotpSecret(UserName name, String totpSecret);

    /** Makes the user a member of the case; false when they already were. */
    boolean grant(UserName name, String caseName);

    /** Ends the user's membership of the case; false when they were not a member. */
    boolean revoke(UserName name, String caseName);

    /**
     * Counts one failed login, in one statement so that concurrent guesses all count; at the {@code limit}-th
     * failure the user is locked until {@code lockUntil} and the count starts again. Returns the count after it.
     */
    int recordFailedLogin(UserName name, int limit, Instant lockUntil);

    /** A good login: the failed logins are cleared. */
    void recordLogin(UserName name);

    /**
     * Claims a code's time step for the user: false when a code of that step (or a later one) was accepted already,
     * so that a code seen over a shoulder cannot be replayed.
     */
    boolean claimTotpStep(UserName name, long step);

    void addApiToken(UserName name, String tokenHash, Instant created);

    /** The user whose API token has this hash, or nothing. */
    Optional<UserName> apiTokenUser(String tokenHash);

    void addSession(UserName name, String sessionHash, Instant expires);

    /** The user of a session not yet expired at {@code now}, or nothing. */
    Optional<UserName> sessionUser(String sessionHash, Instant now);

    void endSession(String sessionHash);

    /** Ends every session of the user (disabled, or their password reset). */
    void endSessions(UserName name);
}
