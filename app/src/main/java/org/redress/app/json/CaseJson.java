package org.redress.app.json;

import java.util.List;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Citation;
import org.redress.core.casemodel.WitnessStatement;

/** The JSON shapes of the case model in the API (codes in lower case, dates as their canonical text). */
public final class CaseJson {
    private CaseJson() {}

    public record PersonJson(
            String name, List<String> aliases, String role, String organisation, boolean leader, String notes) {
        public static PersonJson of(CasePerson p) {
            return new PersonJson(p.name(), p.aliases(), p.role().code(), p.organisation(), p.leader(), p.notes());
        }
    }

    public record ParticipantJson(String name, String part) {}

    public record CitationJson(
            long id,
            String type,
            String document,
            Integer page,
            String quote,
            WitnessStatement statement,
            String url,
            String title,
            String date,
            String label) {
        public static CitationJson of(Citation c) {
            return new CitationJson(
                    c.id(),
                    c.type().code(),
                    c.documentId(),
                    c.page(),
                    c.quote(),
                    c.statement(),
                    c.url(),
                    c.title(),
                    c.sourceDate(),
                    c.label());
        }
    }

    public record EventJson(
            String id,
            String date,
            String precision,
            String earliest,
            String latest,
            String kind,
            String category,
            List<ParticipantJson> people,
            String place,
            String description,
            boolean disputed,
            List<CitationJson> citations) {
        public static EventJson of(CaseEvent e) {
            return new EventJson(
                    e.id(),
                    e.date().toString(),
                    e.date().precision().name().toLowerCase(java.util.Locale.ROOT),
                    e.date().earliest().map(Object::toString).orElse(null),
                    e.date().latest().map(Object::toString).orElse(null),
                    e.kind().code(),
                    e.kind().category().code(),
                    e.people().stream()
                            .map(p -> new ParticipantJson(p.name(), p.part().code()))
                            .toList(),
                    e.place(),
                    e.description(),
                    e.disputed(),
                    e.citations().stream().map(CitationJson::of).toList());
        }
    }

    public static List<PersonJson> people(List<CasePerson> people) {
        return people.stream().map(PersonJson::of).toList();
    }

    public static List<EventJson> events(List<CaseEvent> events) {
        return events.stream().map(EventJson::of).toList();
    }
}
