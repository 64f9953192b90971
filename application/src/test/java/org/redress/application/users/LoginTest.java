package org.redress.application.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.redress.core.UserMistake;
import org.redress.core.port.UserStore;
import org.redress.core.users.Role;
import org.redress.core.users.UserName;
import org.redress.store.crypto.Argon2idPasswords;
import org.redress.store.crypto.TimeBasedCodes;

/** The login over the real user store (PostgreSQL), the real Argon2id hashes and real TOTP codes. */
class LoginTest {
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String PASSWORD = "lighthouse keeper 1894";

    private final UserStore store = TestUsers.store();
    private final TimeBasedCodes codes = new TimeBasedCodes();
    private final TestUsers.HandClock clock = new TestUsers.HandClock(Instant.parse("2030-03-01T09:00:10Z"));
    private final UserAdmin admin = new UserAdmin(store, new Argon2idPasswords(), codes, "Redress", clock);
    private final Login login = new Login(store, new Argon2idPasswords(), codes, clock);

    private static UserName name(String who) {
        return new UserName(who + "-" + RUN);
    }

    private UserName add(String who, Role role) {
        UserName name = name(who);
        admin.add(name, role, PASSWORD.toCharArray(), List.of("harbour"), false);
        return name;
    }

    private String codeNow(UserName name) {
        return codes.codeAt(store.find(name).orElseThrow().totpSecret(), clock.instant());
    }

    @Test
    void aViewerLogsInWithTheirPasswordAndTheSessionNamesThemAndTheirCases() {
        UserName vic = add("vic", Role.VIEWER);
        Login.Outcome outcome = login.attempt(vic.value(), PASSWORD.toCharArray(), null);
        assertThat(outcome).isInstanceOf(Login.LoggedIn.class);
        Login.Session session = ((Login.LoggedIn) outcome).session();
        assertThat(session.token()).startsWith("rds_").hasSizeGreaterThan(40);
        assertThat(session.toString()).doesNotContain(session.token());
        Principal who = login.session(session.token()).orElseThrow();
        assertThat(who.name()).isEqualTo(vic);
        assertThat(who.role()).isEqualTo(Role.VIEWER);
        assertThat(who.memberOf("harbour")).isTrue();
        assertThat(who.memberOf("orchard")).isFalse();
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsRefusedAlike() {
        UserName wen = add("wen", Role.ORGANISER);
        assertThat(login.attempt(wen.value(), "lighthouse keeper 1895".toCharArray(), null))
                .isEqualTo(new Login.Refused(false));
        assertThat(login.attempt(name("nobody").value(), PASSWORD.toCharArray(), null))
                .isEqualTo(new Login.Refused(false));
        assertThat(login.attempt("not a name!", PASSWORD.toCharArray(), null)).isEqualTo(new Login.Refused(false));
    }

    @Test
    void anAttorneyNeedsTheCodeOfTheirAppAndACodeIsGoodOnce() {
        UserName ana = add("ana", Role.ATTORNEY);
        String secret = store.find(ana).orElseThrow().totpSecret();
        assertThat(login.attempt(ana.value(), PASSWORD.toCharArray(), null)).isInstanceOf(Login.Refused.class);
        assertThat(login.attempt(ana.value(), PASSWORD.toCharArray(), "000000")).isInstanceOf(Login.Refused.class);
        // The code of the step before is still good (a phone's clock a little behind), once.
        String behind = codes.codeAt(secret, clock.instant().minusSeconds(30));
        assertThat(login.attempt(ana.value(), PASSWORD.toCharArray(), behind)).isInstanceOf(Login.LoggedIn.class);
        assertThat(login.attempt(ana.value(), PASSWORD.toCharArray(), behind)).isInstanceOf(Login.Refused.class);
        assertThat(login.attempt(ana.value(), PASSWORD.toCharArray(), codeNow(ana)))
                .isInstanceOf(Login.LoggedIn.class);
        assertThat(login.attempt(ana.value(), "wrong password 0000".toCharArray(), codeNow(ana)))
                .isInstanceOf(Login.Refused.class);
    }

    @Test
    void fiveFailuresLockTheUserForFifteenMinutesEvenWithTheRightPassword() {
        UserName lou = add("lou", Role.REPORTER);
        for (int i = 1; i < Login.MAX_FAILURES; i++)
            assertThat(login.attempt(lou.value(), "wrong password 0000".toCharArray(), null))
                    .isEqualTo(new Login.Refused(false));
        assertThat(login.attempt(lou.value(), "wrong password 0000".toCharArray(), null))
                .isEqualTo(new Login.Refused(true));
        assertThat(login.attempt(lou.value(), PASSWORD.toCharArray(), null)).isEqualTo(new Login.Refused(true));
        clock.advance(Login.LOCK.minusSeconds(1));
        assertThat(login.attempt(lou.value(), PASSWORD.toCharArray(), null)).isEqualTo(new Login.Refused(true));
        clock.advance(Duration.ofSeconds(1));
        assertThat(login.attempt(lou.value(), PASSWORD.toCharArray(), null)).isInstanceOf(Login.LoggedIn.class);
    }

    @Test
    void aResetUnlocksAndEndsTheSessions() {
        UserName rey = add("rey", Role.VIEWER);
        Login.Session session = ((Login.LoggedIn) login.attempt(rey.value(), PASSWORD.toCharArray(), null)).session();
        for (int i = 0; i < Login.MAX_FAILURES; i++)
            login.attempt(rey.value(), "wrong password 0000".toCharArray(), null);
        assertThat(login.attempt(rey.value(), PASSWORD.toCharArray(), null)).isEqualTo(new Login.Refused(true));
        admin.reset(rey, "a new password 2030".toCharArray(), false);
        assertThat(login.session(session.token())).isEmpty();
        assertThat(login.attempt(rey.value(), "a new password 2030".toCharArray(), null))
                .isInstanceOf(Login.LoggedIn.class);
    }

    @Test
    void aSessionExpiresAndEndsAtLogOut() {
        UserName sam = add("sam", Role.VIEWER);
        String first = ((Login.LoggedIn) login.attempt(sam.value(), PASSWORD.toCharArray(), null))
                .session()
                .token();
        String second = ((Login.LoggedIn) login.attempt(sam.value(), PASSWORD.toCharArray(), null))
                .session()
                .token();
        login.logOut(first);
        assertThat(login.session(first)).isEmpty();
        assertThat(login.session(second)).isPresent();
        clock.advance(Login.SESSION);
        assertThat(login.session(second)).isEmpty();
        assertThat(login.session(null)).isEmpty();
        assertThat(login.session("rds_forged")).isEmpty();
    }

    @Test
    void aDisabledUserCannotLogInAndTheirSessionsAndTokensStop() {
        UserName dee = add("dee", Role.ORGANISER);
        String session = ((Login.LoggedIn) login.attempt(dee.value(), PASSWORD.toCharArray(), null))
                .session()
                .token();
        String token = admin.newApiToken(dee);
        assertThat(token).startsWith("rdt_");
        assertThat(login.apiToken(token).orElseThrow().name()).isEqualTo(dee);
        assertThat(login.apiToken(session)).isEmpty(); // a session is not an API token, nor the other way
        assertThat(login.session(token)).isEmpty();
        admin.disable(dee);
        assertThat(login.session(session)).isEmpty();
        assertThat(login.apiToken(token)).isEmpty();
        assertThat(login.attempt(dee.value(), PASSWORD.toCharArray(), null)).isEqualTo(new Login.Refused(false));
    }

    @Test
    void aPasswordTooShortIsRefusedAndTheStoreKeepsOnlyHashes() {
        assertThatThrownBy(() -> admin.add(name("kim"), Role.VIEWER, "short".toCharArray(), List.of(), false))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("12");
        UserName kim = add("kim", Role.ADMIN);
        UserAdmin.Changed reset = admin.reset(kim, "another password 42".toCharArray(), true);
        assertThat(reset.totpUri()).startsWith("otpauth://totp/Redress:kim-" + RUN + "?secret=");
        assertThat(store.find(kim).orElseThrow().passwordHash())
                .startsWith("$argon2id$")
                .doesNotContain("another password");
        String token = admin.newApiToken(kim);
        assertThat(store.apiTokenUser(token)).isEmpty(); // kept as its hash only
        assertThat(store.apiTokenUser(Tokens.hash(token))).contains(kim);
    }
}
