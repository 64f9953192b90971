package org.redress.app.web.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.app.web.background.BackgroundJob;
import org.redress.app.web.background.Progress;
import org.redress.app.wiring.Intake;
import org.redress.application.users.ActingUser;
import org.redress.application.users.Principal;
import org.redress.core.corpus.IngestSummary;
import org.redress.core.users.Role;
import org.redress.core.users.UserName;

/** The ingest's result tells the watch-list's new hits only to the roles that see the watch-list (issue 13). */
class IngestProgressJsonTest {
    private static BackgroundJob.Snapshot<Intake.Outcome> finished() {
        IngestSummary summary = new IngestSummary(2, 2, 0, 0, 2, 0, 3, 0, List.of(), List.of(), false, 1.5, 4);
        return new BackgroundJob.Snapshot<>(
                BackgroundJob.State.FINISHED,
                "dmv-2017",
                Instant.EPOCH,
                Instant.EPOCH,
                new Progress().read(),
                new Intake.Read(summary),
                null);
    }

    private static long newHitsAs(Role role) {
        try (ActingUser.Scope scope = ActingUser.begin(new Principal(UserName.of("lena"), role, List.of()))) {
            return IngestProgressJson.of(finished()).summary().mentionsNew();
        }
    }

    @Test
    void theWatchListsNewHitsAreForTheRolesThatSeeIt() {
        assertThat(IngestProgressJson.of(finished()).summary().mentionsNew()).isEqualTo(4);
        assertThat(newHitsAs(Role.ORGANISER)).isEqualTo(4);
        assertThat(newHitsAs(Role.ATTORNEY)).isEqualTo(4);
        for (Role role : List.of(Role.ADMIN, Role.REPORTER, Role.VIEWER))
            assertThat(newHitsAs(role)).as(role.code()).isZero();
        assertThat(IngestProgressJson.of(finished()).summary().pages()).isEqualTo(3);
    }
}
