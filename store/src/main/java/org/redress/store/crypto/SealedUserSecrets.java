package org.redress.store.crypto;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redress.core.port.UserStore;
import org.redress.core.users.Role;
import org.redress.core.users.UserAccount;
import org.redress.core.users.UserName;

/** A user store whose TOTP secrets are sealed by {@link ServerSecrets} on the way in and opened on the way out. */
public final class SealedUserSecrets implements UserStore {
    private final UserStore users;
    private final ServerSecrets secrets;

    public SealedUserSecrets(UserStore users, ServerSecrets secrets) {
        this.users = users;
        this.secrets = secrets;
    }

    @Override
    public void add(UserName name, Role role, String passwordHash, String totpSecret) {
        users.add(name, role, passwordHash, secrets.seal(totpSecret, name.value()));
    }

    @Override
    public Optional<UserAccount> find(UserName name) {
        return users.find(name).map(this::opened);
    }

    @Override
    public List<UserAccount> list() {
        return users.list().stream().map(this::opened).toList();
    }

    @Override
    public boolean setDisabled(UserName name, boolean disabled) {
        return users.setDisabled(name, disabled);
    }

    @Override
    public boolean setPassword(UserName name, String passwordHash) {
        return users.setPassword(name, passwordHash);
    }

    @Override
    public boolean setTotpSecret(UserName name, String totpSecret) {
        return users.setTotpSecret(name, secrets.seal(totpSecret, name.value()));
    }

    @Override
    public boolean grant(UserName name, String caseName) {
        return users.grant(name, caseName);
    }

    @Override
    public boolean revoke(UserName name, String caseName) {
        return users.revoke(name, caseName);
    }

    @Override
    public int recordFailedLogin(UserName name, int limit, Instant lockUntil) {
        return users.recordFailedLogin(name, limit, lockUntil);
    }

    @Override
    public void recordLogin(UserName name) {
        users.recordLogin(name);
    }

    @Override
    public boolean claimTotpStep(UserName name, long step) {
        return users.claimTotpStep(name, step);
    }

    @Override
    public void addApiToken(UserName name, String tokenHash, Instant created) {
        users.addApiToken(name, tokenHash, created);
    }

    @Override
    public Optional<UserName> apiTokenUser(String tokenHash) {
        return users.apiTokenUser(tokenHash);
    }

    @Override
    public void addSession(UserName name, String sessionHash, Instant expires) {
        users.addSession(name, sessionHash, expires);
    }

    @Override
    public Optional<UserName> sessionUser(String sessionHash, Instant now) {
        return users.sessionUser(sessionHash, now);
    }

    @Override
    public void endSession(String sessionHash) {
        users.endSession(sessionHash);
    }

    @Override
    public void endSessions(UserName name) {
        users.endSessions(name);
    }

    private UserAccount opened(UserAccount a) {
        return new UserAccount(
                a.name(),
                a.role(),
                a.disabled(),
                a.passwordHash(),
                secrets.open(a.totpSecret(), a.name().value()),
                a.totpLastStep(),
                a.failedLogins(),
                a.lockedUntil(),
                a.cases());
    }
}
