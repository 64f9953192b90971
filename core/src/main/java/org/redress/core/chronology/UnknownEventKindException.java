package org.redress.core.chronology;

import java.util.List;

/** A kind code that is not registered; the message lists the registered kinds closest to it. */
public final class UnknownEventKindException extends org.redress.core.UserMistake {
    private static final long serialVersionUID = 1L;

    private final transient List<EventKind> closeMatches;

    public UnknownEventKindException(String code, List<EventKind> closeMatches) {
        super("'" + code + "' is not a known event kind"
                + (closeMatches.isEmpty()
                        ? "; register it first as category.name (protected, adverse or other)"
                        : "; did you mean "
                                + String.join(
                                        ", ",
                                        closeMatches.stream()
                                                .map(EventKind::code)
                                                .toList()) + "?"));
        this.closeMatches = List.copyOf(closeMatches);
    }

    public List<EventKind> closeMatches() {
        return closeMatches;
    }
}
