package org.redress.core.entities;

import java.util.List;
import java.util.Objects;

/**
 * A canonical entity with what the corpus holds of it.
 *
 * @param forms the surface forms that land on it, as first written in the records
 * @param pages pages with at least one occurrence; {@code documents} likewise; {@code occurrences} every one
 */
public record Entity(
        long id,
        EntityType type,
        String name,
        boolean hidden,
        List<String> forms,
        int occurrences,
        int pages,
        int documents) {
    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        forms = List.copyOf(forms);
    }
}
