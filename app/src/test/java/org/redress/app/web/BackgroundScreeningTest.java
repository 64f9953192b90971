package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.wiring.CaseServices;
import org.redress.application.users.ActingUser;
import org.redress.application.users.Principal;
import org.redress.core.users.Role;
import org.redress.core.users.UserName;

/** Where the watch-list's screening stands is the watch-list's: a role that may not see it is told nothing (issue 13). */
class BackgroundScreeningTest {
    @TempDir
    Path tmp;

    private static BackgroundScreening.Status as(Role role, BackgroundScreening screening) {
        try (ActingUser.Scope scope = ActingUser.begin(new Principal(UserName.of("lena"), role, List.of()))) {
            return screening.status();
        }
    }

    @Test
    void aRoleThatMayNotSeeTheWatchListIsToldNothingOfTheScreening() throws Exception {
        try (CaseServices c = CaseServices.init(tmp.resolve("case"));
                BackgroundScreening screening = new BackgroundScreening(c::mentions, Clock.systemUTC())) {
            screening.start();
            for (int i = 0; i < 50_000 && screening.status().finished() == null; i++) Thread.sleep(10);
            assertThat(as(Role.ORGANISER, screening).finished()).isNotNull();
            for (Role role : List.of(Role.ADMIN, Role.REPORTER, Role.VIEWER)) {
                BackgroundScreening.Status told = as(role, screening);
                assertThat(told.finished()).as(role.code()).isNull();
                assertThat(told.started()).isNull();
                assertThat(told.lastDocuments()).isZero();
                assertThat(told.lastHitsNew()).isZero();
            }
        }
    }
}
