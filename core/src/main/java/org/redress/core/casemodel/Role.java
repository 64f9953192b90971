package org.redress.core.casemodel;

import java.util.Locale;

/** A person's place in the case: a member or client (subject), an official, a witness, or someone else. */
public enum Role {
    SUBJECT,
    OFFICIAL,
    WITNESS,
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads subject, official, witness or other (case ignored); blank means other. */
    public static Role fromCode(String code) {
        if (code == null || code.isBlank()) return OTHER;
        for (Role r : values()) {
            if (r.code().equals(code.strip().toLowerCase(Locale.ROOT))) return r;
        }
        throw new CaseModelException("'" + code + "' is not a role: use subject, official, witness or other");
    }
}
