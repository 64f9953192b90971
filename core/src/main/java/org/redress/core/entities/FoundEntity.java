package org.redress.core.entities;

import java.util.Objects;

/** What a recogniser found in a text: the characters {@code [start, end)}, their type and the words themselves. */
public record FoundEntity(int start, int end, EntityType type, String text) {
    public FoundEntity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start) throw new IllegalArgumentException("an entity spans at least one character");
    }
}
