package org.redress.core.casemodel;

/** One thing a claim requires to be proven, with a short statement of the law and its leading authority. */
public record ClaimElement(String id, String title, String law, String authority) {
    public ClaimElement {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("an element needs an id");
        title = title == null ? id : title;
        law = law == null ? "" : law;
        authority = authority == null ? "" : authority;
    }
}
