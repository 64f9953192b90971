package org.redress.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.redress.core.UserMistake;
import org.redress.core.users.Role;
import org.redress.core.users.UserAccount;
import org.redress.core.users.UserName;

/**
 * The server's users on the real PostgreSQL of the tests. The schema is the server's own, shared by every run, so each
 * test names its users after this run.
 */
class PostgresUserStoreTest {
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private final PostgresUserStore users = TestServer.server().users();

    private static UserName name(String who) {
        return new UserName(who + "-" + RUN);
    }

    @Test
    void aUserIsKeptWithRoleHashSecretAndCases() {
        UserName ana = name("ana");
        users.add(ana, Role.ATTORNEY, "$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA", "GEZDGNBV");
        assertThat(users.grant(ana, "harbour")).isTrue();
        assertThat(users.grant(ana, "harbour")).isFalse();
        assertThat(users.grant(ana, "orchard")).isTrue();
        UserAccount account = users.find(ana).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.ATTORNEY);
        assertThat(account.disabled()).isFalse();
        assertThat(account.passwordHash()).startsWith("$argon2id$");
        assertThat(account.totpSecret()).isEqualTo("GEZDGNBV");
        assertThat(account.cases()).containsExactly("harbour", "orchard");
        assertThat(account.toString()).doesNotContain("argon2id", "GEZDGNBV");
        assertThat(users.list()).extracting(UserAccount::name).contains(ana);

        assertThat(users.revoke(ana, "harbour")).isTrue();
        assertThat(users.revoke(ana, "harbour")).isFalse();
        assertThat(users.find(ana).orElseThrow().cases()).containsExactly("orchard");
        assertThatThrownBy(() -> users.add(ana, Role.VIEWER, "x", null))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("already");
    }

    @Test
    void aMembershipNeedsAUserAndACaseName() {
        assertThatThrownBy(() -> users.grant(name("nobody"), "harbour")).isInstanceOf(UserMistake.class);
        UserName bea = name("bea");
        users.add(bea, Role.VIEWER, "hash", null);
        assertThatThrownBy(() -> users.grant(bea, "x'; DROP TABLE server_user; --"))
                .isInstanceOf(UserMistake.class);
    }

    @Test
    void disablingResettingAndTheSecondFactorAreKept() {
        UserName cai = name("cai");
        users.add(cai, Role.REPORTER, "old", null);
        assertThat(users.setDisabled(cai, true)).isTrue();
        assertThat(users.find(cai).orElseThrow().disabled()).isTrue();
        assertThat(users.setDisabled(name("nobody"), true)).isFalse();
        assertThat(users.setTotpSecret(cai, "SECRET")).isTrue();
        assertThat(users.find(cai).orElseThrow().hasSecondFactor()).isTrue();
        assertThat(users.setTotpSecret(cai, null)).isTrue();
        assertThat(users.find(cai).orElseThrow().hasSecondFactor()).isFalse();
        assertThat(users.setPassword(cai, "new")).isTrue();
        assertThat(users.find(cai).orElseThrow().passwordHash()).isEqualTo("new");
    }

    @Test
    void theFifthFailureLocksTheUserAndAResetUnlocks() {
        UserName dov = name("dov");
        users.add(dov, Role.ORGANISER, "hash", null);
        Instant until = Instant.parse("2030-01-01T00:15:00Z");
        for (int i = 1; i <= 4; i++)
            assertThat(users.recordFailedLogin(dov, 5, until)).isEqualTo(i);
        assertThat(users.find(dov).orElseThrow().lockedUntil()).isNull();
        assertThat(users.recordFailedLogin(dov, 5, until)).isEqualTo(5);
        UserAccount locked = users.find(dov).orElseThrow();
        assertThat(locked.lockedUntil()).isEqualTo(until);
        assertThat(locked.lockedAt(until.minusSeconds(1))).isTrue();
        assertThat(locked.lockedAt(until)).isFalse();
        assertThat(locked.failedLogins()).isZero();
        users.setPassword(dov, "new");
        assertThat(users.find(dov).orElseThrow().lockedUntil()).isNull();
        users.recordFailedLogin(dov, 5, until);
        users.recordLogin(dov);
        assertThat(users.find(dov).orElseThrow().failedLogins()).isZero();
        assertThat(users.recordFailedLogin(name("nobody"), 5, until)).isZero();
    }

    @Test
    void aCodesTimeStepIsGoodOnce() {
        UserName eli = name("eli");
        users.add(eli, Role.ADMIN, "hash", "SECRET");
        assertThat(users.claimTotpStep(eli, 100)).isTrue();
        assertThat(users.claimTotpStep(eli, 100)).isFalse();
        assertThat(users.claimTotpStep(eli, 99)).isFalse();
        assertThat(users.claimTotpStep(eli, 101)).isTrue();
        users.setTotpSecret(eli, "OTHER"); // a new secret starts its steps again
        assertThat(users.claimTotpStep(eli, 50)).isTrue();
    }

    @Test
    void tokensAndSessionsAreFoundByTheirHashUntilTheyEnd() {
        UserName fay = name("fay");
        users.add(fay, Role.VIEWER, "hash", null);
        Instant now = Instant.parse("2030-01-01T12:00:00Z");
        String token = "a".repeat(64) + RUN;
        users.addApiToken(fay, token, now);
        assertThat(users.apiTokenUser(token)).contains(fay);
        assertThat(users.apiTokenUser("b".repeat(64))).isEmpty();

        String session = "c".repeat(64) + RUN;
        users.addSession(fay, session, now.plusSeconds(3600));
        assertThat(users.sessionUser(session, now)).contains(fay);
        assertThat(users.sessionUser(session, now.plusSeconds(3600))).isEmpty();
        users.endSession(session);
        assertThat(users.sessionUser(session, now)).isEmpty();

        String other = "d".repeat(64) + RUN;
        users.addSession(fay, other, now.plusSeconds(3600));
        users.endSessions(fay);
        assertThat(users.sessionUser(other, now)).isEmpty();
    }

    @Test
    void aSessionPastItsTimeIsDeletedWhenTheNextOneIsMade() {
        UserName gus = name("gus");
        users.add(gus, Role.VIEWER, "hash", null);
        Instant past = Instant.now().minusSeconds(60);
        String old = "e".repeat(64) + RUN;
        users.addSession(gus, old, past);
        assertThat(users.sessionUser(old, past.minusSeconds(60))).contains(gus); // still there, if already useless
        users.addSession(gus, "f".repeat(64) + RUN, Instant.now().plusSeconds(3600));
        assertThat(users.sessionUser(old, past.minusSeconds(60))).isEmpty(); // gone from the table
    }
}
