package org.redress.application.access;

import java.util.Optional;
import org.redress.application.users.ActingUser;
import org.redress.application.users.Principal;
import org.redress.core.users.NotForYourRole;
import org.redress.core.users.Role;

/**
 * The permissions of whoever the current thread acts for. No acting user (the command line, an embedded case) sees
 * everything; so does work the case does for itself ({@link #asCase}), such as the ingest pipeline's standing
 * analyses, whose results must cover the whole corpus whoever started them.
 */
public final class Access {
    private static final ThreadLocal<Boolean> AS_CASE = ThreadLocal.withInitial(() -> false);

    private Access() {}

    /** The role the thread acts for; empty when it sees everything. */
    public static Optional<Role> role() {
        if (AS_CASE.get()) return Optional.empty();
        return ActingUser.current().map(Principal::role);
    }

    /** Whether documents and notes under a privilege mark may be seen. */
    public static boolean seesPrivileged() {
        return role().map(Role::seesPrivileged).orElse(true);
    }

    /** Whether the watch-list, its hits and the group's private references may be seen. */
    public static boolean seesWatchList() {
        return role().map(Role::seesWatchList).orElse(true);
    }

    /** Refuses {@code what} ("the watch list") to a role that may not see the watch-list. */
    public static void requireWatchList(String what) {
        Optional<Role> role = role();
        if (role.isPresent() && !role.get().seesWatchList()) throw new NotForYourRole(role.get(), what);
    }

    /** Refuses {@code what} ("privilege marks") to a role that may not see privileged material. */
    public static void requirePrivileged(String what) {
        Optional<Role> role = role();
        if (role.isPresent() && !role.get().seesPrivileged()) throw new NotForYourRole(role.get(), what);
    }

    /** The name of whoever the thread acts for, for the record of who did something; null when no user. */
    public static String userName() {
        return ActingUser.current().map(p -> p.name().value()).orElse(null);
    }

    /** Work the case does over its whole corpus, whoever asked for it: nothing is hidden from it. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** Runs {@code work} seeing everything, then acts for the thread's user again. */
    public static <T, E extends Exception> T asCase(Work<T, E> work) throws E {
        boolean before = AS_CASE.get();
        AS_CASE.set(true);
        try {
            return work.run();
        } finally {
            if (before) AS_CASE.set(true);
            else AS_CASE.remove();
        }
    }
}
