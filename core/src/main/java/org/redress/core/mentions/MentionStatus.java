package org.redress.core.mentions;

import java.util.Locale;
import org.redress.core.UserMistake;

/** Where a hit stands in review: not yet looked at, confirmed as the person, rejected, or left unsure. */
public enum MentionStatus {
    NEW,
    CONFIRMED,
    REJECTED,
    UNSURE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads new, confirmed, rejected or unsure (case ignored). */
    public static MentionStatus fromCode(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (MentionStatus s : values()) {
            if (s.code().equals(c)) return s;
        }
        throw new UserMistake("'" + code + "' is not a review status: use new, confirmed, rejected or unsure");
    }
}
