package org.redress.application.casemodel;

import java.util.List;
import java.util.stream.Collectors;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.CaseModelException;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Citation;
import org.redress.core.casemodel.Part;
import org.redress.core.chronology.EventDate;
import org.redress.core.port.CaseModelStore;

/** The court-ready chronology: one row per event, in date order, optionally only the events of one person. */
public final class Chronology {

    /**
     * One row. {@code sources} are the citations as a court reads them ("doc 3f1c9a02…, p. 14"). A {@code derived} row
     * is no event of the case but a fact the case computed (when the records first named a watched person); its id
     * is the hit it cites.
     */
    public record Row(
            String id,
            String date,
            String kind,
            String fact,
            String people,
            String place,
            List<String> sources,
            List<String> quotes,
            boolean disputed,
            boolean derived) {
        /** An event's row. */
        public Row(
                String id,
                String date,
                String kind,
                String fact,
                String people,
                String place,
                List<String> sources,
                List<String> quotes,
                boolean disputed) {
            this(id, date, kind, fact, people, place, sources, quotes, disputed, false);
        }
    }

    private Chronology() {}

    /** All events, or those involving {@code person} (name or alias, any part). */
    public static List<Row> rows(CaseModelStore store, String person) {
        List<CaseEvent> events = events(store, person);
        return events.stream().map(Chronology::row).toList();
    }

    public static List<CaseEvent> events(CaseModelStore store, String person) {
        if (person == null || person.isBlank()) return store.events();
        CasePerson p = store.person(person)
                .orElseThrow(() -> new CaseModelException("there is no person '" + person + "' in the case"));
        return store.events().stream().filter(e -> e.involves(p.name())).toList();
    }

    /**
     * The rows as they may leave the case: identifiers (A-numbers, SSNs, birth dates, addresses, phone numbers)
     * in the fact, place, sources and quotes replaced by labels. Names, dates and kinds stay.
     */
    public static List<Row> redact(List<Row> rows, org.redress.analysis.redaction.Redactor redactor) {
        return rows.stream()
                .map(r -> new Row(
                        r.id(),
                        r.date(),
                        r.kind(),
                        redactor.redact(r.fact()),
                        r.people(),
                        redactor.redact(r.place()),
                        r.sources().stream().map(redactor::redact).toList(),
                        r.quotes().stream().map(redactor::redact).toList(),
                        r.disputed(),
                        r.derived()))
                .toList();
    }

    /** The rows with derived ones put in date order among them (a derived row after the events of its day). */
    public static List<Row> withDerived(List<Row> rows, List<Row> derived) {
        if (derived.isEmpty()) return rows;
        List<Row> all = new java.util.ArrayList<>(rows);
        all.addAll(derived);
        // a stable sort: the events keep the store's order (day, then time)
        all.sort(java.util.Comparator.comparing(r -> EventDate.parse(r.date()).anchorDay()));
        return List.copyOf(all);
    }

    /**
     * The same rows with the quotes of citations to {@code hidden} documents (private references: the group's notes
     * of closed meetings) left out, and said to be: a chronology that leaves the case does not carry them unless asked.
     */
    public static List<Row> withoutQuotesOf(
            CaseModelStore store, String person, java.util.function.Predicate<String> hidden) {
        return events(store, person).stream()
                .map(e -> {
                    Row r = row(e);
                    boolean any =
                            e.citations().stream().anyMatch(c -> c.documentId() != null && hidden.test(c.documentId()));
                    if (!any) return r;
                    List<String> quotes = new java.util.ArrayList<>(e.citations().stream()
                            .filter(c -> c.documentId() == null || !hidden.test(c.documentId()))
                            .map(Citation::quote)
                            .filter(q -> !q.isBlank())
                            .toList());
                    quotes.add("[quote from a private reference left out]");
                    return new Row(
                            r.id(),
                            r.date(),
                            r.kind(),
                            r.fact(),
                            r.people(),
                            r.place(),
                            r.sources(),
                            quotes,
                            r.disputed());
                })
                .toList();
    }

    static Row row(CaseEvent e) {
        String people = e.people().stream()
                .map(p -> p.part() == Part.TARGET
                        ? p.name()
                        : p.name() + " (" + p.part().code() + ")")
                .collect(Collectors.joining("; "));
        return new Row(
                e.id(),
                e.date().toString(),
                e.kind().code(),
                e.description(),
                people,
                e.place(),
                e.citations().stream().map(Citation::label).toList(),
                e.citations().stream()
                        .map(Citation::quote)
                        .filter(q -> !q.isBlank())
                        .toList(),
                e.disputed());
    }
}
