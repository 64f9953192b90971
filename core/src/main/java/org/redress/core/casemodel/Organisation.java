package org.redress.core.casemodel;

import java.util.Objects;

/** A group, agency or office in the case; {@code kind} is free text (group, agency, office …). */
public record Organisation(String name, String kind, String notes) {
    public Organisation {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) throw new CaseModelException("an organisation needs a name");
        kind = kind == null ? "" : kind.strip();
        notes = notes == null ? "" : notes;
    }
}
