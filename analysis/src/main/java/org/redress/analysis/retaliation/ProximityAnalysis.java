package org.redress.analysis.retaliation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.redress.core.Count;
import org.redress.core.chronology.Event;
import org.redress.core.chronology.EventDate;
import org.redress.core.chronology.EventKind;
import org.redress.core.chronology.Person;

/**
 * Temporal proximity: for every adverse action against a subject, the latest protected activity before it
 * by the subject and by the subject's organisation, and the days between. Courts read a short gap as
 * circumstantial evidence of retaliatory motive, so the gap is never stated more exactly than the dates allow.
 *
 * <p>"Before" means: not certainly after. An activity whose dates overlap the action (same day without
 * times, or an imprecise date) still counts, flagged {@code priorCertain = false}, with a gap range whose
 * minimum is 0; an activity on the same day at a later time does not count. Among the candidates the
 * chronologically latest is reported.
 *
 * <p>The organisation's activity is every protected event naming the organisation or any of its members.
 */
public final class ProximityAnalysis {

    private ProximityAnalysis() {}

    public static ProximityReport run(List<Event> events, List<Person> people) {
        return run(events, people, List.of());
    }

    /**
     * With the pages of the records that name each subject: a row's knowledge is the earlier of the first knowledge
     * event and the first naming that is not certainly after the action.
     */
    public static ProximityReport run(List<Event> events, List<Person> people, List<Naming> namings) {
        List<Event> chronological =
                events.stream().sorted(Comparator.comparing(Event::date)).toList();
        List<Event> protectedEvents =
                chronological.stream().filter(e -> e.kind().isProtected()).toList();
        List<Person> subjects = people.stream().filter(Person::subject).toList();

        List<KnowledgeDate> knowledge = new ArrayList<>();
        for (Person subject : subjects) {
            knowledge.add(knowledgeOf(subject, chronological));
        }

        List<ProximityRow> rows = new ArrayList<>();
        for (Event action : chronological) {
            if (!action.kind().isAdverse()) {
                continue;
            }
            for (Person subject : subjects) {
                if (!action.concerns(subject.name())) {
                    continue;
                }
                Optional<Event> prior = latestBefore(action, protectedEvents, e -> e.concerns(subject.name()));
                Optional<Event> orgPrior = subject.hasOrganisation()
                        ? latestBefore(action, protectedEvents, e -> concernsOrganisation(e, subject, people))
                        : Optional.empty();
                KnowledgeDate known = knowledge.get(subjects.indexOf(subject));
                Optional<Naming> named = firstNamingBefore(action, subject, namings);
                rows.add(row(action, subject, prior, orgPrior, known, named));
            }
        }
        return new ProximityReport(rows, knowledge, reportSummary(rows, subjects.size()));
    }

    private static boolean concernsOrganisation(Event e, Person subject, List<Person> people) {
        if (e.concerns(subject.organisation())) {
            return true;
        }
        return people.stream().anyMatch(p -> p.belongsTo(subject.organisation()) && e.concerns(p.name()));
    }

    private static Optional<Event> latestBefore(Event action, List<Event> protectedEvents, Predicate<Event> whose) {
        Event latest = null;
        for (Event candidate : protectedEvents) { // chronological, so the last match is the latest
            if (!candidate.id().equals(action.id())
                    && whose.test(candidate)
                    && !action.date().isCertainlyBefore(candidate.date())) {
                latest = candidate;
            }
        }
        return Optional.ofNullable(latest);
    }

    private static Optional<Naming> firstNamingBefore(Event action, Person subject, List<Naming> namings) {
        Naming first = null;
        EventDate firstDate = null;
        for (Naming n : namings) {
            if (!n.person().equalsIgnoreCase(subject.name())) continue;
            EventDate d = EventDate.parse(n.date());
            if (action.date().isCertainlyBefore(d)) continue;
            if (first == null || d.isCertainlyBefore(firstDate)) {
                first = n;
                firstDate = d;
            }
        }
        return Optional.ofNullable(first);
    }

    private static KnowledgeDate knowledgeOf(Person subject, List<Event> chronological) {
        for (Event e : chronological) {
            if (e.kind().equals(EventKind.KNOWLEDGE) && e.concerns(subject.name())) {
                return new KnowledgeDate(
                        subject.name(),
                        e.id(),
                        e.date().toString(),
                        "The earliest evidence that the agency knew of " + subject.name() + " is " + e.id() + " ("
                                + e.date() + ").");
            }
        }
        return new KnowledgeDate(subject.name(), null, null, "No knowledge event names " + subject.name() + " yet.");
    }

    private static ProximityRow row(
            Event action,
            Person subject,
            Optional<Event> prior,
            Optional<Event> orgPrior,
            KnowledgeDate event,
            Optional<Naming> named) {
        DayGap gap = prior.map(p -> DayGap.between(p.date(), action.date())).orElse(null);
        DayGap orgGap =
                orgPrior.map(p -> DayGap.between(p.date(), action.date())).orElse(null);
        // The records' naming stands for knowledge when there is no knowledge event, or it is certainly earlier.
        boolean byNaming = named.isPresent()
                && (event.date() == null
                        || EventDate.parse(named.get().date()).isCertainlyBefore(EventDate.parse(event.date())));
        KnowledgeDate known =
                byNaming ? new KnowledgeDate(subject.name(), null, named.get().date(), "") : event;
        String summary = sentence(action, subject, prior, gap, orgPrior, orgGap, known, byNaming ? named.get() : null);
        return new ProximityRow(
                action.id(),
                subject.name(),
                subject.organisation(),
                action.date().toString(),
                action.kind().code(),
                prior.map(Event::id).orElse(null),
                prior.map(e -> e.kind().code()).orElse(null),
                prior.map(e -> e.date().toString()).orElse(null),
                gap == null ? null : gap.min(),
                gap == null ? null : gap.max(),
                prior.map(p -> p.date().isCertainlyBefore(action.date())).orElse(null),
                orgPrior.map(Event::id).orElse(null),
                orgPrior.map(e -> e.kind().code()).orElse(null),
                orgPrior.map(e -> e.date().toString()).orElse(null),
                orgGap == null ? null : orgGap.min(),
                orgGap == null ? null : orgGap.max(),
                orgPrior.map(p -> p.date().isCertainlyBefore(action.date())).orElse(null),
                known.event(),
                known.date(),
                byNaming ? named.get().documentId() : null,
                byNaming ? named.get().page() : null,
                summary);
    }

    private static String sentence(
            Event action,
            Person subject,
            Optional<Event> prior,
            DayGap gap,
            Optional<Event> orgPrior,
            DayGap orgGap,
            KnowledgeDate known,
            Naming named) {
        StringBuilder s = new StringBuilder();
        s.append("The ")
                .append(Wording.kind(action.kind()))
                .append(" (")
                .append(action.id())
                .append(") affecting ")
                .append(subject.name())
                .append(" on ")
                .append(action.date());
        if (prior.isPresent()) {
            s.append(" came ")
                    .append(when(gap))
                    .append(" their latest protected activity, a ")
                    .append(Wording.kind(prior.get().kind()))
                    .append(" on ")
                    .append(prior.get().date())
                    .append(" (")
                    .append(prior.get().id())
                    .append(")");
            if (!prior.get().date().isCertainlyBefore(action.date())) {
                s.append(", though the dates overlap, so the order is not certain");
            }
            s.append('.');
        } else {
            s.append(" followed no recorded protected activity of theirs.");
        }
        if (orgPrior.isPresent() && !orgPrior.equals(prior)) {
            s.append(" The latest protected activity of ")
                    .append(subject.organisation())
                    .append(" before it, a ")
                    .append(Wording.kind(orgPrior.get().kind()))
                    .append(" on ")
                    .append(orgPrior.get().date())
                    .append(" (")
                    .append(orgPrior.get().id())
                    .append("), was ")
                    .append(ago(orgGap))
                    .append('.');
        }
        if (named != null) {
            s.append(" The agency's records first named ")
                    .append(subject.name())
                    .append(" on ")
                    .append(named.date())
                    .append(" (document ")
                    .append(
                            named.documentId(),
                            0,
                            Math.min(12, named.documentId().length()))
                    .append(", page ")
                    .append(named.page())
                    .append(").");
        } else if (known.event() != null) {
            s.append(" The agency's first recorded knowledge of ")
                    .append(subject.name())
                    .append(" dates from ")
                    .append(known.date())
                    .append(" (")
                    .append(known.event())
                    .append(").");
        }
        return s.toString();
    }

    private static String when(DayGap gap) {
        String text = Wording.gap(gap.min(), gap.max());
        return text.equals("the same day") ? "the same day as" : text + " after";
    }

    private static String ago(DayGap gap) {
        String text = Wording.gap(gap.min(), gap.max());
        return text.equals("the same day") ? "the same day" : text + " earlier";
    }

    private static String reportSummary(List<ProximityRow> rows, int subjects) {
        long withPrior = rows.stream().filter(r -> r.priorActivity() != null).count();
        long within30 = rows.stream()
                .filter(r -> r.gapDaysMax() != null && r.gapDaysMax() <= 30)
                .count();
        return Count.of(rows.size(), "adverse action", "adverse actions") + " against "
                + Count.of(subjects, "subject", "subjects") + "; " + withPrior
                + " followed a protected activity of the same person, " + within30 + " of them within 30 days.";
    }
}
