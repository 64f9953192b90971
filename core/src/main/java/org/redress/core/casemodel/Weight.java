package org.redress.core.casemodel;

import java.util.Locale;

/** How strongly a piece of evidence bears on an element of a claim. */
public enum Weight {
    SUPPORTS_STRONGLY("supports strongly"),
    SUPPORTS("supports"),
    WEAKLY("weakly supports"),
    CONTRADICTS("contradicts");

    private final String words;

    Weight(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean supports() {
        return this != CONTRADICTS;
    }

    /** Reads strong, supports-strongly, supports, weak, weakly, contradicts (case, spaces, _ and - ignored). */
    public static Weight fromCode(String code) {
        String c = code == null
                ? ""
                : code.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (c) {
            case "strong", "strongly", "supports-strongly" -> SUPPORTS_STRONGLY;
            case "supports", "support" -> SUPPORTS;
            case "weak", "weakly", "weakly-supports", "supports-weakly" -> WEAKLY;
            case "contradicts", "contradict" -> CONTRADICTS;
            default ->
                throw new CaseModelException(
                        "'" + code + "' is not a weight: use supports-strongly, supports, weakly or contradicts");
        };
    }
}
