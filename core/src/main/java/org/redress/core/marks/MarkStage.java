package org.redress.core.marks;

import java.util.Locale;

/** The marking stages; each document remembers which rules (a fingerprint) each stage last ran with. */
public enum MarkStage {
    ENTITIES,
    EXEMPTIONS,
    FLAGS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MarkStage fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
