package org.redress.analysis.retaliation;

import java.util.List;
import java.util.function.Predicate;
import org.redress.core.chronology.Event;
import org.redress.core.chronology.EventKind;
import org.redress.core.chronology.Person;

/**
 * Rates of adverse action counted per person: a subject counts once if any counted adverse event names
 * them, however many there were, so that the counts are binomial and the 2×2 table is well defined.
 */
public final class RatesAnalysis {

    /** Counts any adverse event. */
    public static final Predicate<EventKind> ANY_ADVERSE = EventKind::isAdverse;

    private RatesAnalysis() {}

    /** Subjects of the case, and how many of them suffered a counted adverse action. */
    public record Counts(int size, int events) {}

    public static Counts count(List<Person> people, List<Event> events, Predicate<EventKind> counted) {
        List<Person> subjects = people.stream().filter(Person::subject).toList();
        return new Counts(subjects.size(), (int)
                subjects.stream().filter(p -> affected(p, events, counted)).count());
    }

    /**
     * The case's subjects against the benchmark, and leaders against the other subjects.
     *
     * @param counted which adverse kinds count, e.g. {@code k -> k.name().equals("arrest")} or {@link #ANY_ADVERSE}
     */
    public static RatesReport run(
            List<Person> people,
            List<Event> events,
            Predicate<EventKind> counted,
            String groupName,
            Benchmark benchmark) {
        Counts group = count(people, events, counted);
        if (group.size() == 0) {
            throw new org.redress.core.UserMistake("no person is marked as a subject, so there is no group to compare");
        }
        RateComparison vsBenchmark = RateComparison.of(groupName, group.size(), group.events(), benchmark);

        List<Person> subjects = people.stream().filter(Person::subject).toList();
        List<Person> leaders = subjects.stream().filter(Person::leader).toList();
        List<Person> others = subjects.stream().filter(p -> !p.leader()).toList();
        RateComparison leadersVsOthers = null;
        String leaderText;
        if (leaders.isEmpty() || others.isEmpty()) {
            leaderText = "Leaders cannot be compared with other members: the group has "
                    + (leaders.isEmpty() ? "no leaders." : "no members who are not leaders.");
        } else {
            int leaderEvents = (int)
                    leaders.stream().filter(p -> affected(p, events, counted)).count();
            int otherEvents = (int)
                    others.stream().filter(p -> affected(p, events, counted)).count();
            leadersVsOthers = RateComparison.of(
                    "leaders",
                    leaders.size(),
                    leaderEvents,
                    Benchmark.counts("the other " + groupName, others.size(), otherEvents));
            leaderText = leadersVsOthers.summary();
        }
        return new RatesReport(vsBenchmark, leadersVsOthers, vsBenchmark.summary() + " " + leaderText);
    }

    private static boolean affected(Person person, List<Event> events, Predicate<EventKind> counted) {
        return events.stream()
                .anyMatch(e -> e.kind().isAdverse() && counted.test(e.kind()) && e.concerns(person.name()));
    }
}
