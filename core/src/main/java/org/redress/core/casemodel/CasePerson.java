package org.redress.core.casemodel;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.redress.core.chronology.Person;

/** Someone in the case, with the other names the records use for them. {@code organisation} may be null. */
public record CasePerson(
        String name, List<String> aliases, Role role, String organisation, boolean leader, String notes) {

    public CasePerson {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) throw new CaseModelException("a person needs a name");
        aliases = aliases == null
                ? List.of()
                : aliases.stream()
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .distinct()
                        .toList();
        role = role == null ? Role.OTHER : role;
        organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
        notes = notes == null ? "" : notes;
    }

    /** True when {@code n} is the name or one of the aliases (case and surrounding spaces ignored). */
    public boolean answersTo(String n) {
        if (n == null) return false;
        String k = n.strip().toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).equals(k)
                || aliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(k));
    }

    /** The analysis view: subject, organisation and leadership. */
    public Person toPerson() {
        return new Person(name, organisation, role == Role.SUBJECT, leader);
    }
}
