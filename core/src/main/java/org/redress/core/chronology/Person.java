package org.redress.core.chronology;

import java.util.Objects;

/**
 * Someone in the case. A {@code subject} is a member or client whose treatment is at issue; a
 * {@code leader} is a subject who leads the organisation (analyses compare leaders with other members).
 * {@code organisation} may be null.
 */
public record Person(String name, String organisation, boolean subject, boolean leader) {

    public Person {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new org.redress.core.UserMistake("a person needs a name");
        }
        if (organisation != null && organisation.isBlank()) {
            organisation = null;
        }
    }

    public boolean hasOrganisation() {
        return organisation != null;
    }

    /** True when this person belongs to {@code org} (case and surrounding spaces ignored). */
    public boolean belongsTo(String org) {
        return organisation != null && org != null && organisation.strip().equalsIgnoreCase(org.strip());
    }
}
