package org.redress.core.chronology;

import java.util.List;
import java.util.Objects;

/**
 * Something dated in the chronology. {@code people} are the names of the persons or organisations the
 * event is about, as written in {@link Person#name()} or {@link Person#organisation()}.
 */
public record Event(String id, EventDate date, EventKind kind, List<String> people, String description) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        people = List.copyOf(people == null ? List.of() : people);
        description = description == null ? "" : description;
    }

    /** True when the event names {@code name} (case and surrounding spaces ignored). */
    public boolean concerns(String name) {
        if (name == null) {
            return false;
        }
        String wanted = name.strip();
        return people.stream().anyMatch(p -> p.strip().equalsIgnoreCase(wanted));
    }
}
