package org.redress.core.casemodel;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.redress.core.chronology.Person;

/**
 * Someone in the case, with the other names the records use for them. {@code organisation} may be null.
 * {@code watched} puts the person on the watch list: the corpus is screened for their names. Subjects are watched
 * unless the team says otherwise; anyone else only when the team says so. {@code level} is where an official sits in
 * the organisation (null when unknown or not an official). Aliases that are mail addresses are the person's known
 * addresses: mail from or to them is the person's.
 */
public record CasePerson(
        String name,
        List<String> aliases,
        Role role,
        String organisation,
        boolean leader,
        String notes,
        boolean watched,
        Level level) {

    /** A person with no level. */
    public CasePerson(
            String name,
            List<String> aliases,
            Role role,
            String organisation,
            boolean leader,
            String notes,
            boolean watched) {
        this(name, aliases, role, organisation, leader, notes, watched, null);
    }

    /** A person watched by their role: a subject is, anyone else is not. */
    public CasePerson(String name, List<String> aliases, Role role, String organisation, boolean leader, String notes) {
        this(name, aliases, role, organisation, leader, notes, role == Role.SUBJECT);
    }

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

    public CasePerson withWatched(boolean on) {
        return new CasePerson(name, aliases, role, organisation, leader, notes, on, level);
    }

    public CasePerson withLevel(Level newLevel) {
        return new CasePerson(name, aliases, role, organisation, leader, notes, watched, newLevel);
    }

    /** The aliases that are mail addresses, lower-cased. */
    public List<String> addresses() {
        return aliases.stream()
                .filter(a -> a.indexOf('@') > 0 && !a.contains(" "))
                .map(a -> a.toLowerCase(Locale.ROOT))
                .toList();
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
