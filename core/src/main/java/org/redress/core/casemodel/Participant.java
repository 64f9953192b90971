package org.redress.core.casemodel;

import java.util.Objects;

/** A person or organisation in an event, with its part. */
public record Participant(String name, Part part) {
    public Participant {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) throw new CaseModelException("a participant needs a name");
        part = part == null ? Part.TARGET : part;
    }
}
