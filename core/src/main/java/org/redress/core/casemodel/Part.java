package org.redress.core.casemodel;

import java.util.Locale;

/** How a person or organisation takes part in an event: the one it is about, the one who acted, a witness. */
public enum Part {
    TARGET,
    ACTOR,
    WITNESS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Part fromCode(String code) {
        if (code == null || code.isBlank()) return TARGET;
        for (Part p : values()) {
            if (p.code().equals(code.strip().toLowerCase(Locale.ROOT))) return p;
        }
        throw new CaseModelException("'" + code + "' is not a part in an event: use target, actor or witness");
    }
}
