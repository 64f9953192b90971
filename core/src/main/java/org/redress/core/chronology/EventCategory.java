package org.redress.core.chronology;

import java.util.Locale;

/** The three kinds of thing a retaliation chronology distinguishes. */
public enum EventCategory {
    /** Speech, petitioning or association the First Amendment protects. */
    PROTECTED,
    /** An action by the authorities that would chill a person of ordinary firmness. */
    ADVERSE,
    /** Everything else that matters to the story: communications, policies, rulings, knowledge. */
    OTHER;

    /** The lower-case word used in kind codes, e.g. {@code protected}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code protected}, {@code adverse} or {@code other}; anything else is an error naming the three. */
    public static EventCategory fromCode(String code) {
        for (EventCategory c : values()) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        throw new org.redress.core.UserMistake(
                "'" + code + "' is not an event category: use protected, adverse or other");
    }
}
