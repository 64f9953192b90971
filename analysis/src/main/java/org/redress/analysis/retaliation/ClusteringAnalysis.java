package org.redress.analysis.retaliation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.redress.analysis.stats.Binomial;
import org.redress.analysis.stats.ClopperPearson;
import org.redress.analysis.stats.Interval;
import org.redress.core.Count;
import org.redress.core.chronology.Event;
import org.redress.core.chronology.Person;

/**
 * Permutation test of clustering: do the group's adverse actions fall within a window of days after its
 * protected activity more often than they would if the agency had acted on random days?
 *
 * <p>Null model: protected activity stays where it was; each adverse action's day is redrawn uniformly
 * and independently over the observation period (first to last dated event of the case, inclusive).
 * The test statistic is the number of adverse actions 0..window days after some protected activity
 * (the same day counts, since arrests at a protest are the plainest case). Days, not times, are compared,
 * because the null model draws days.
 *
 * <p>Only events that name a single day (a plain day, or "around" a day, taken at the day it names) enter
 * the test; events dated to a month, year, range or open bound are left out and counted in
 * {@code excludedImprecise}, rather than given a false day.
 *
 * <p>The group is every subject and each subject's organisation; when no person is marked as a subject,
 * every event counts. The same seed gives the same answer ({@link SplittableRandom} is specified exactly).
 */
public final class ClusteringAnalysis {

    private ClusteringAnalysis() {}

    public static ClusteringResult run(
            List<Event> events, List<Person> people, int windowDays, int permutations, long seed) {
        List<LocalDate> all = events.stream()
                .map(e -> e.date().namedDay())
                .flatMap(Optional::stream)
                .sorted()
                .toList();
        if (all.isEmpty()) {
            throw new org.redress.core.UserMistake("clustering needs events dated to a day; none are");
        }
        return run(events, people, windowDays, permutations, seed, all.get(0), all.get(all.size() - 1));
    }

    /** As {@link #run(List, List, int, int, long)} with an explicit observation period (inclusive). */
    public static ClusteringResult run(
            List<Event> events,
            List<Person> people,
            int windowDays,
            int permutations,
            long seed,
            LocalDate periodStart,
            LocalDate periodEnd) {
        if (windowDays < 0) {
            throw new org.redress.core.UserMistake("the window must be 0 days or more, was " + windowDays);
        }
        if (permutations < 1) {
            throw new org.redress.core.UserMistake(
                    "the number of permutations must be at least 1, was " + permutations);
        }
        if (periodEnd.isBefore(periodStart)) {
            throw new org.redress.core.UserMistake(
                    "the period ends (" + periodEnd + ") before it starts (" + periodStart + ")");
        }
        Set<String> group = groupNames(people);
        List<LocalDate> protectedDays = new ArrayList<>();
        List<LocalDate> adverseDays = new ArrayList<>();
        int excluded = 0;
        for (Event e : events) {
            boolean relevant = e.kind().isProtected() || e.kind().isAdverse();
            if (!relevant || !(group.isEmpty() || e.people().stream().anyMatch(n -> group.contains(key(n))))) {
                continue;
            }
            Optional<LocalDate> day = e.date().namedDay();
            if (day.isEmpty()) {
                excluded++;
            } else if (day.get().isBefore(periodStart) || day.get().isAfter(periodEnd)) {
                throw new org.redress.core.UserMistake("event " + e.id() + " (" + e.date()
                        + ") lies outside the period " + periodStart + " to " + periodEnd);
            } else {
                (e.kind().isProtected() ? protectedDays : adverseDays).add(day.get());
            }
        }

        int length = Math.toIntExact(ChronoUnit.DAYS.between(periodStart, periodEnd) + 1);
        boolean[] inWindow = new boolean[length];
        for (LocalDate p : protectedDays) {
            int from = (int) ChronoUnit.DAYS.between(periodStart, p);
            for (int d = from; d <= Math.min(length - 1, (long) from + windowDays); d++) {
                inWindow[d] = true;
            }
        }
        int covered = 0;
        for (boolean b : inWindow) {
            covered += b ? 1 : 0;
        }

        int observed = 0;
        for (LocalDate a : adverseDays) {
            observed += inWindow[(int) ChronoUnit.DAYS.between(periodStart, a)] ? 1 : 0;
        }
        int m = adverseDays.size();
        double share = (double) covered / length;
        double expected = m * share;

        SplittableRandom random = new SplittableRandom(seed);
        int atLeastObserved = 0;
        for (int r = 0; r < permutations; r++) {
            int count = 0;
            for (int i = 0; i < m; i++) {
                count += inWindow[random.nextInt(length)] ? 1 : 0;
            }
            atLeastObserved += count >= observed ? 1 : 0;
        }
        // (b+1)/(N+1) counts the observed arrangement as one of the draws, so p is never 0
        // (Phipson & Smyth 2010, Stat. Appl. Genet. Mol. Biol. 9(1):39).
        double p = (atLeastObserved + 1.0) / (permutations + 1.0);
        Interval cp = ClopperPearson.interval95(atLeastObserved, permutations);
        // widened, if needed, to hold the (b+1)/(N+1) point estimate itself
        Interval uncertainty = new Interval(Math.min(cp.low(), p), Math.max(cp.high(), p));
        double pExact = Binomial.upperTail(observed, m, share);

        String summary = summary(windowDays, m, observed, expected, p, uncertainty, permutations, excluded);
        return new ClusteringResult(
                windowDays,
                permutations,
                seed,
                periodStart.toString(),
                periodEnd.toString(),
                length,
                protectedDays.size(),
                m,
                excluded,
                covered,
                observed,
                expected,
                p,
                uncertainty.low(),
                uncertainty.high(),
                pExact,
                summary);
    }

    private static Set<String> groupNames(List<Person> people) {
        Set<String> names = new HashSet<>();
        for (Person person : people) {
            if (person.subject()) {
                names.add(key(person.name()));
                if (person.hasOrganisation()) {
                    names.add(key(person.organisation()));
                }
            }
        }
        return names;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String summary(
            int window,
            int m,
            int observed,
            double expected,
            double p,
            Interval pInterval,
            int permutations,
            int excluded) {
        String s = observed + " of " + Count.of(m, "adverse action", "adverse actions") + " fell within "
                + Wording.days(window)
                + " after the group's protected activity; about " + Wording.number(expected)
                + " would be expected if the actions had fallen on random days. A result at least this extreme "
                + "happened by chance with probability p = " + Wording.p(p) + " (" + permutations
                + " random redraws; with unlimited redraws p would lie between " + Wording.p(pInterval.low())
                + " and " + Wording.p(pInterval.high()) + ", 95% confidence).";
        if (excluded > 0) {
            s += " " + Count.of(excluded, "event", "events") + " without a single known day "
                    + Count.noun(excluded, "was", "were") + " left out.";
        }
        return s;
    }
}
