package org.redress.store.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.redress.core.UserMistake;
import org.redress.core.port.UserStore;
import org.redress.core.users.Role;
import org.redress.core.users.UserAccount;
import org.redress.core.users.UserName;

/**
 * The users of a team server in its schema {@value #SCHEMA} (migrations {@code db/server}, apart from the cases'):
 * one short statement per call, so that concurrent logins of one user all count their failures.
 */
public final class PostgresUserStore implements UserStore {
    static final String SCHEMA = "redress_server";
    private static final String ACCOUNT = "SELECT u.name, u.role, u.disabled, u.password_hash, u.totp_secret,"
            + " u.totp_last_step, u.failed_logins, u.locked_until, ARRAY(SELECT m.case_name FROM " + SCHEMA
            + ".case_member m WHERE m.user_name = u.name ORDER BY 1) AS cases FROM " + SCHEMA + ".server_user u";

    private final Jdbi jdbi;

    PostgresUserStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(UserName name, Role role, String passwordHash, String totpSecret) {
        int added = jdbi.withHandle(h -> h.createUpdate("INSERT INTO " + SCHEMA + ".server_user (name, role,"
                        + " password_hash, totp_secret) VALUES (:n, :r, :p, :t) ON CONFLICT (name) DO NOTHING")
                .bind("n", name.value())
                .bind("r", role.code())
                .bind("p", passwordHash)
                .bind("t", totpSecret)
                .execute());
        if (added == 0) throw new UserMistake("there is already a user named " + name + " on this server");
    }

    @Override
    public Optional<UserAccount> find(UserName name) {
        return jdbi.withHandle(h -> h.createQuery(ACCOUNT + " WHERE u.name = :n")
                .bind("n", name.value())
                .map((rs, ctx) -> account(rs))
                .findOne());
    }

    @Override
    public List<UserAccount> list() {
        return jdbi.withHandle(h -> h.createQuery(ACCOUNT + " ORDER BY u.name")
                .map((rs, ctx) -> account(rs))
                .list());
    }

    @Override
    public boolean setDisabled(UserName name, boolean disabled) {
        return update("UPDATE " + SCHEMA + ".server_user SET disabled = :v WHERE name = :n", name, disabled);
    }

    @Override
    public boolean setPassword(UserName name, String passwordHash) {
        return update(
                "UPDATE " + SCHEMA + ".server_user SET password_hash = :v, failed_logins = 0, locked_until = NULL"
                        + " WHERE name = :n",
                name,
                passwordHash);
    }

    @Override
    public boolean setTotpSecret(UserName name, String totpSecret) {
        return update(
                "UPDATE " + SCHEMA + ".server_user SET totp_secret = :v, totp_last_step = -1 WHERE name = :n",
                name,
                totpSecret);
    }

    @Override
    public boolean grant(UserName name, String caseName) {
        CaseName.of(caseName); // only a case name reaches the table
        try {
            return jdbi.withHandle(h -> h.createUpdate("INSERT INTO " + SCHEMA + ".case_member (user_name, case_name)"
                                    + " VALUES (:n, :c) ON CONFLICT DO NOTHING")
                            .bind("n", name.value())
                            .bind("c", caseName)
                            .execute())
                    == 1;
        } catch (UnableToExecuteStatementException e) {
            throw new UserMistake("there is no user named " + name + " on this server", e);
        }
    }

    @Override
    public boolean revoke(UserName name, String caseName) {
        return jdbi.withHandle(h -> h.createUpdate(
                                "DELETE FROM " + SCHEMA + ".case_member WHERE user_name = :n AND case_name = :c")
                        .bind("n", name.value())
                        .bind("c", caseName)
                        .execute())
                == 1;
    }

    @Override
    public int recordFailedLogin(UserName name, int limit, Instant lockUntil) {
        // One statement: the count and the lock are decided by the row's own value, whatever runs beside it.
        return jdbi.withHandle(h -> h.createQuery("UPDATE " + SCHEMA + ".server_user SET"
                                + " failed_logins = CASE WHEN failed_logins + 1 >= :limit THEN 0 ELSE failed_logins + 1 END,"
                                + " locked_until = CASE WHEN failed_logins + 1 >= :limit THEN :until ELSE locked_until END"
                                + " WHERE name = :n RETURNING CASE WHEN locked_until = :until THEN :limit"
                                + " ELSE failed_logins END")
                        .bind("n", name.value())
                        .bind("limit", limit)
                        .bind("until", utc(lockUntil))
                        .mapTo(Integer.class)
                        .findOne())
                .orElse(0);
    }

    @Override
    public void recordLogin(UserName name) {
        jdbi.useHandle(h -> h.createUpdate(
                        "UPDATE " + SCHEMA + ".server_user SET failed_logins = 0, locked_until = NULL WHERE name = :n")
                .bind("n", name.value())
                .execute());
    }

    @Override
    public boolean claimTotpStep(UserName name, long step) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE " + SCHEMA + ".server_user SET totp_last_step = :s"
                                + " WHERE name = :n AND totp_last_step < :s")
                        .bind("n", name.value())
                        .bind("s", step)
                        .execute())
                == 1;
    }

    @Override
    public void addApiToken(UserName name, String tokenHash, Instant created) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO " + SCHEMA + ".api_token (token_hash, user_name, created_at)"
                        + " VALUES (:h, :n, :at)")
                .bind("h", tokenHash)
                .bind("n", name.value())
                .bind("at", utc(created))
                .execute());
    }

    @Override
    public Optional<UserName> apiTokenUser(String tokenHash) {
        return userOf(h -> h.createQuery("SELECT user_name FROM " + SCHEMA + ".api_token WHERE token_hash = :h")
                .bind("h", tokenHash)
                .mapTo(String.class)
                .findOne());
    }

    @Override
    public void addSession(UserName name, String sessionHash, Instant expires) {
        jdbi.useHandle(h -> {
            // Sessions that ended by their time go as new ones come, so the table does not keep every login ever.
            h.createUpdate("DELETE FROM " + SCHEMA + ".login_session WHERE expires_at <= now()")
                    .execute();
            h.createUpdate("INSERT INTO " + SCHEMA + ".login_session (session_hash, user_name, expires_at)"
                            + " VALUES (:h, :n, :at)")
                    .bind("h", sessionHash)
                    .bind("n", name.value())
                    .bind("at", utc(expires))
                    .execute();
        });
    }

    @Override
    public Optional<UserName> sessionUser(String sessionHash, Instant now) {
        return userOf(h -> h.createQuery("SELECT user_name FROM " + SCHEMA
                        + ".login_session WHERE session_hash = :h AND expires_at > :now")
                .bind("h", sessionHash)
                .bind("now", utc(now))
                .mapTo(String.class)
                .findOne());
    }

    @Override
    public void endSession(String sessionHash) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM " + SCHEMA + ".login_session WHERE session_hash = :h")
                .bind("h", sessionHash)
                .execute());
    }

    @Override
    public void endSessions(UserName name) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM " + SCHEMA + ".login_session WHERE user_name = :n")
                .bind("n", name.value())
                .execute());
    }

    private boolean update(String sql, UserName name, Object value) {
        return jdbi.withHandle(h -> h.createUpdate(sql)
                        .bind("n", name.value())
                        .bind("v", value)
                        .execute())
                == 1;
    }

    private Optional<UserName> userOf(HandleCallback<Optional<String>, RuntimeException> query) {
        return jdbi.withHandle(query).map(UserName::new);
    }

    private static UserAccount account(ResultSet rs) throws SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        String[] cases = (String[]) rs.getArray("cases").getArray();
        return new UserAccount(
                new UserName(rs.getString("name")),
                Role.of(rs.getString("role")),
                rs.getBoolean("disabled"),
                rs.getString("password_hash"),
                rs.getString("totp_secret"),
                rs.getLong("totp_last_step"),
                rs.getInt("failed_logins"),
                locked == null ? null : locked.toInstant(),
                Arrays.asList(cases));
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
