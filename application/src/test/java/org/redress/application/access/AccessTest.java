package org.redress.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.application.users.ActingUser;
import org.redress.application.users.Principal;
import org.redress.core.users.NotForYourRole;
import org.redress.core.users.Role;
import org.redress.core.users.UserName;

class AccessTest {
    private static ActingUser.Scope actAs(Role role) {
        return ActingUser.begin(new Principal(UserName.of("vic"), role, List.of()));
    }

    @Test
    void withoutAnActingUserEverythingIsSeen() {
        assertThat(Access.role()).isEmpty();
        assertThat(Access.seesPrivileged()).isTrue();
        assertThat(Access.seesWatchList()).isTrue();
        Access.requireWatchList("the watch list");
        Access.requirePrivileged("privilege marks");
        assertThat(Access.userName()).isNull();
    }

    @Test
    void eachRoleSeesWhatItsPermissionsSay() {
        ActingUser.Scope scope = actAs(Role.VIEWER);
        try {
            assertThat(Access.seesPrivileged()).isFalse();
            assertThat(Access.seesWatchList()).isFalse();
            assertThat(Access.userName()).isEqualTo("vic");
            assertThatThrownBy(() -> Access.requireWatchList("the watch list"))
                    .isInstanceOf(NotForYourRole.class)
                    .hasMessage("the watch list is not for your role (viewer)");
            assertThatThrownBy(() -> Access.requirePrivileged("privilege marks"))
                    .isInstanceOf(NotForYourRole.class);
        } finally {
            scope.close();
        }
        scope = actAs(Role.ADMIN);
        try {
            assertThat(Access.seesPrivileged()).isTrue();
            assertThat(Access.seesWatchList()).isFalse();
        } finally {
            scope.close();
        }
    }

    @Test
    void theCasesOwnWorkSeesEverythingAndThenActsForTheUserAgain() {
        ActingUser.Scope scope = actAs(Role.REPORTER);
        try {
            assertThat(Access.<Boolean, RuntimeException>asCase(
                            () -> Access.seesPrivileged() && Access.seesWatchList()))
                    .isTrue();
            assertThatThrownBy(() -> Access.asCase(() -> {
                        throw new IllegalStateException("boom");
                    }))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(Access.seesPrivileged()).isFalse();
            assertThat(Access.role()).contains(Role.REPORTER);
        } finally {
            scope.close();
        }
        assertThat(Access.role()).isEmpty();
    }
}
