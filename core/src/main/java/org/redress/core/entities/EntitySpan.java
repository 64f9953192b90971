package org.redress.core.entities;

import java.util.Objects;

/** An entity marked on a page's text: characters {@code [start, end)}, with the canonical entity it stands for. */
public record EntitySpan(int start, int end, EntityType type, String name, long entityId) {
    public EntitySpan {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }
}
