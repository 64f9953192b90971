package org.redress.core.casemodel;

/**
 * One thing a claim requires to be proven, with a short statement of the law and its leading authority.
 * Elements sharing an {@code alternative} group are alternatives: proving any one of them proves the group
 * (null for an element that must be proven on its own).
 */
public record ClaimElement(String id, String title, String law, String authority, String alternative) {
    public ClaimElement {
        if (id == null || id.isBlank()) throw new CaseModelException("an element needs an id");
        title = title == null ? id : title;
        law = law == null ? "" : law;
        authority = authority == null ? "" : authority;
        alternative = alternative == null || alternative.isBlank() ? null : alternative;
    }

    public ClaimElement(String id, String title, String law, String authority) {
        this(id, title, law, authority, null);
    }
}
