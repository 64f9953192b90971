package org.redress.application.users;

import java.util.Objects;
import java.util.Optional;

/**
 * Who the work on this thread acts for, so that the ports which hide what a role may not see (privileged
 * documents, the watch-list, private references) can ask without every handler passing it on. The web's user
 * gate sets it for the length of one request; the CLI and embedded cases never set it and act as the case's
 * owner, who sees everything.
 */
public final class ActingUser {
    private static final ThreadLocal<Principal> CURRENT = new ThreadLocal<>();

    private ActingUser() {}

    /** The user a request acts for; empty outside a served team-server request. */
    public static Optional<Principal> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Acts for {@code principal} until the returned scope is closed (always close it: threads are pooled). */
    public static Scope begin(Principal principal) {
        CURRENT.set(Objects.requireNonNull(principal, "principal"));
        return CURRENT::remove;
    }

    /** The span of one request; closing it forgets the user. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
