package org.redress.core.casemodel;

import java.util.List;
import java.util.Objects;
import org.redress.core.chronology.Event;
import org.redress.core.chronology.EventDate;
import org.redress.core.chronology.EventKind;

/**
 * An event of the case: its date (with precision), kind, the people and organisations in it with their part,
 * place, description, whether the other side disputes it, and its citations.
 */
public record CaseEvent(
        String id,
        EventDate date,
        EventKind kind,
        List<Participant> people,
        String place,
        String description,
        boolean disputed,
        List<Citation> citations) {

    public CaseEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        people = people == null ? List.of() : List.copyOf(people);
        place = place == null ? "" : place;
        description = description == null ? "" : description;
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    /** The names the event is about (its targets), as the analyses read them. */
    public List<String> targets() {
        return people.stream()
                .filter(p -> p.part() == Part.TARGET)
                .map(Participant::name)
                .toList();
    }

    public boolean involves(String name) {
        return people.stream().anyMatch(p -> p.name().equalsIgnoreCase(name.strip()));
    }

    /** The analysis view: the targets are the people the event is about. */
    public Event toEvent() {
        return new Event(id, date, kind, targets(), description);
    }

    public CaseEvent withId(String newId) {
        return new CaseEvent(newId, date, kind, people, place, description, disputed, citations);
    }

    public CaseEvent withCitations(List<Citation> newCitations) {
        return new CaseEvent(id, date, kind, people, place, description, disputed, newCitations);
    }
}
