package org.redress.core.users;

import java.time.Instant;
import java.util.List;

/**
 * A user of a team server as the user store keeps them.
 *
 * @param passwordHash the Argon2id hash as a PHC string ({@code $argon2id$v=19$m=…})
 * @param totpSecret the second factor's shared secret (base 32), or null when the user has none
 * @param totpLastStep the time step of the last code accepted (a code is good once), or -1
 * @param failedLogins failed logins since the last good one or the last lock
 * @param lockedUntil no login until then, or null
 * @param cases the names of the cases the user is a member of, sorted
 */
public record UserAccount(
        UserName name,
        Role role,
        boolean disabled,
        String passwordHash,
        String totpSecret,
        long totpLastStep,
        int failedLogins,
        Instant lockedUntil,
        List<String> cases) {
    public UserAccount {
        cases = List.copyOf(cases);
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Neither the hash nor the secret: an account may end up in a log line or an exception. */
    @Override
    public String toString() {
        return "UserAccount[" + name + ", " + role.code() + (disabled ? ", disabled" : "") + ", cases=" + cases + "]";
    }
}
