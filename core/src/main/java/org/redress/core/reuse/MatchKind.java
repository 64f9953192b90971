package org.redress.core.reuse;

import java.util.Locale;

/** How closely a record's passage follows the reference: word for word, damaged or trimmed, or reworded. */
public enum MatchKind {
    VERBATIM,
    NEAR,
    PARAPHRASE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MatchKind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
