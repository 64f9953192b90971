package org.redress.core.users;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.redress.core.UserMistake;

/** What a user of a team server may do in the cases they are a member of (issue 13). */
public enum Role {
    ADMIN,
    ATTORNEY,
    ORGANISER,
    REPORTER,
    VIEWER;

    /** The role as written on the command line and stored: {@code admin}, {@code attorney} … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Admins and attorneys must log in with a second factor: they see privileged and private material. */
    public boolean needsSecondFactor() {
        return this == ADMIN || this == ATTORNEY;
    }

    /** Whether the role may change a case (add, mark, decide, ingest); reporters and viewers only read. */
    public boolean mayChange() {
        return this == ADMIN || this == ATTORNEY || this == ORGANISER;
    }

    /** Whether the role sees documents and notes under a privilege mark (attorney–client, work product). */
    public boolean seesPrivileged() {
        return this == ADMIN || this == ATTORNEY || this == ORGANISER;
    }

    /** Whether the role sees the watch-list, its mentions and the private references: attorneys and organisers. */
    public boolean seesWatchList() {
        return this == ATTORNEY || this == ORGANISER;
    }

    public static Role of(String code) {
        for (Role r : values())
            if (r.code().equals(code == null ? "" : code.strip().toLowerCase(Locale.ROOT))) return r;
        throw new UserMistake(
                "a role is one of " + Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", ")));
    }
}
