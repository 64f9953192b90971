package org.redress.application.users;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who the work on this thread acts for, so that the ports which hide what a role may not see (privileged
 * documents, the watch-list, private references) can ask without every handler passing it on. The web's user
 * gate sets it for the length of one request; the CLI and embedded cases never set it and act as the case's
 * owner, who sees everything. A scope also remembers what its request works out once ({@link #remember}), such as
 * the documents its role may not reach, and forgets it when it closes.
 */
public final class ActingUser {
    private static final ThreadLocal<Acting> CURRENT = new ThreadLocal<>();

    private ActingUser() {}

    /** One scope: its user, and what was worked out for it (one thread's alone, so a plain map). */
    private record Acting(Principal principal, Map<Object, Object> remembered) {}

    /** The user a request acts for; empty outside a served team-server request. */
    public static Optional<Principal> current() {
        return Optional.ofNullable(CURRENT.get()).map(Acting::principal);
    }

    /** Acts for {@code principal} until the returned scope is closed (always close it: threads are pooled). */
    public static Scope begin(Principal principal) {
        CURRENT.set(new Acting(Objects.requireNonNull(principal, "principal"), new HashMap<>()));
        return CURRENT::remove;
    }

    /** What this scope remembered under {@code key}, if it is a {@code type}; empty outside a scope. */
    public static <T> Optional<T> recalled(Object key, Class<T> type) {
        Acting acting = CURRENT.get();
        if (acting == null) return Optional.empty();
        Object value = acting.remembered().get(key);
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }

    /** Remembers {@code value} under {@code key} until the scope closes; outside a scope, nothing is kept. */
    public static void remember(Object key, Object value) {
        Acting acting = CURRENT.get();
        if (acting != null) acting.remembered().put(key, value);
    }

    /** The span of one request; closing it forgets the user and what was remembered for it. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
