package org.redress.analysis.retaliation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.redress.analysis.stats.Binomial;
import org.redress.analysis.stats.ClopperPearson;
import org.redress.analysis.stats.FisherExact;
import org.redress.analysis.stats.Interval;

/**
 * A group's adverse-action rate against a benchmark of similarly situated people.
 *
 * <ul>
 * <li>{@code expected}: groupSize × benchmarkRate.
 * <li>{@code rateRatio}: groupRate / benchmarkRate.
 * <li>{@code ciLow}, {@code ciHigh}: 95% exact Clopper–Pearson interval of the group's rate (Clopper &amp;
 *     Pearson 1934, Biometrika 26:404–413) divided by the benchmark rate. The benchmark rate is treated as
 *     known, the same footing as the binomial test and the standard-deviation measure courts use (Castaneda v.
 *     Partida, 430 U.S. 482, 496 n.17 (1977)); when the benchmark is itself a sample, Fisher's exact test is
 *     the statistic that also allows for the benchmark's sampling error.
 * <li>{@code pOneSided}: exact binomial P(X ≥ groupEvents) at the benchmark rate — the alternative is that the
 *     group suffers more adverse actions; {@code pOneSidedLess} is the other direction; {@code pTwoSided}:
 *     every outcome no more likely than the observed one (R's binom.test).
 * <li>{@code fisherPOneSided}, {@code fisherPTwoSided}: Fisher's exact test of the 2×2 table group/benchmark ×
 *     event/no event (one-sided: the group has more); null when the benchmark is a rate only.
 * <li>{@code standardDeviations}: (observed − expected) / √(n p (1 − p)).
 * <li>{@code fourFifthsRatio}: the EEOC Uniform Guidelines' selection-rate ratio (29 C.F.R. § 1607.4(D)). The
 *     Guidelines compare rates of a favourable outcome; here the outcome is adverse, so the favourable rate
 *     is escaping the action: (1 − groupRate) / (1 − benchmarkRate). Below 0.8 the Guidelines treat the
 *     difference as evidence of adverse impact. When adverse actions are rare this ratio stays near 1 even
 *     for a large rate ratio, so read it beside {@code rateRatio}.
 * </ul>
 * Statistics that a benchmark rate of 0 or 1 makes undefined are null, and {@code notes} says why.
 */
public record RateComparison(
        String group,
        int groupSize,
        int groupEvents,
        double groupRate,
        String benchmark,
        Integer benchmarkSize,
        Integer benchmarkEvents,
        double benchmarkRate,
        double expected,
        Double rateRatio,
        Double ciLow,
        Double ciHigh,
        String intervalMethod,
        Double pOneSided,
        Double pOneSidedLess,
        Double pTwoSided,
        Double fisherPOneSided,
        Double fisherPTwoSided,
        Double standardDeviations,
        Double fourFifthsRatio,
        List<String> notes,
        String summary) {

    public static final String INTERVAL_METHOD = "95% Clopper-Pearson interval of the group rate divided by the "
            + "benchmark rate (benchmark rate treated as known)";

    public RateComparison {
        notes = List.copyOf(notes);
    }

    /** Compares {@code groupEvents} of {@code groupSize} people in {@code group} with the benchmark. */
    public static RateComparison of(String group, int groupSize, int groupEvents, Benchmark benchmark) {
        Objects.requireNonNull(benchmark, "benchmark");
        if (groupSize < 1) {
            throw new org.redress.core.UserMistake(
                    "the group '" + group + "' needs at least one person, was " + groupSize);
        }
        if (groupEvents < 0 || groupEvents > groupSize) {
            throw new org.redress.core.UserMistake("the group '" + group + "' has " + groupEvents + " events among "
                    + groupSize + " people; it needs between 0 and " + groupSize);
        }
        double groupRate = (double) groupEvents / groupSize;
        double p0 = benchmark.rate();
        double expected = groupSize * p0;
        List<String> notes = new ArrayList<>();

        Double fisherOne = null;
        Double fisherTwo = null;
        if (benchmark.hasCounts()) {
            int a = groupEvents;
            int b = groupSize - groupEvents;
            int c = benchmark.events();
            int d = benchmark.size() - benchmark.events();
            fisherOne = FisherExact.greater(a, b, c, d);
            fisherTwo = FisherExact.twoSided(a, b, c, d);
        }

        Double ratio = null;
        Double ciLow = null;
        Double ciHigh = null;
        Double pOne = null;
        Double pLess = null;
        Double pTwo = null;
        Double sd = null;
        if (p0 > 0 && p0 < 1) {
            ratio = groupRate / p0;
            Interval ci = ClopperPearson.interval95(groupEvents, groupSize).scaledBy(1 / p0);
            ciLow = ci.low();
            ciHigh = ci.high();
            pOne = Binomial.upperTail(groupEvents, groupSize, p0);
            pLess = Binomial.lowerTail(groupEvents, groupSize, p0);
            pTwo = Binomial.twoSided(groupEvents, groupSize, p0);
            sd = Binomial.standardDeviations(groupEvents, groupSize, p0);
        } else {
            notes.add("No one in the benchmark " + (p0 == 0 ? "had" : "escaped") + " the adverse action (rate "
                    + (p0 == 0 ? "0" : "1") + "), so the rate ratio, its interval, the binomial test and the standard"
                    + " deviations are undefined; Fisher's exact test still compares the two groups.");
        }
        Double fourFifths = p0 < 1 ? (1 - groupRate) / (1 - p0) : null;

        RateComparison draft = new RateComparison(
                group,
                groupSize,
                groupEvents,
                groupRate,
                benchmark.name(),
                benchmark.size(),
                benchmark.events(),
                p0,
                expected,
                ratio,
                ciLow,
                ciHigh,
                INTERVAL_METHOD,
                pOne,
                pLess,
                pTwo,
                fisherOne,
                fisherTwo,
                sd,
                fourFifths,
                notes,
                "");
        return draft.withSummary(draft.sentence());
    }

    private RateComparison withSummary(String text) {
        return new RateComparison(
                group,
                groupSize,
                groupEvents,
                groupRate,
                benchmark,
                benchmarkSize,
                benchmarkEvents,
                benchmarkRate,
                expected,
                rateRatio,
                ciLow,
                ciHigh,
                intervalMethod,
                pOneSided,
                pOneSidedLess,
                pTwoSided,
                fisherPOneSided,
                fisherPTwoSided,
                standardDeviations,
                fourFifthsRatio,
                notes,
                text);
    }

    private String sentence() {
        StringBuilder s = new StringBuilder();
        s.append(groupEvents)
                .append(" of ")
                .append(groupSize)
                .append(' ')
                .append(group)
                .append(" (")
                .append(Wording.percent(groupRate))
                .append(") suffered the adverse action, against ")
                .append(Wording.percent(benchmarkRate))
                .append(" among ")
                .append(benchmark);
        if (benchmarkSize != null) {
            s.append(" (")
                    .append(benchmarkEvents)
                    .append(" of ")
                    .append(benchmarkSize)
                    .append(')');
        }
        s.append("; at the benchmark rate about ")
                .append(Wording.number(expected))
                .append(" would be expected.");
        if (rateRatio != null) {
            s.append(" The group's rate is ")
                    .append(Wording.number(rateRatio))
                    .append(" times the benchmark's (95% ")
                    .append("confidence: ")
                    .append(Wording.number(ciLow))
                    .append(" to ")
                    .append(Wording.number(ciHigh))
                    .append("), ")
                    .append(Wording.number(Math.abs(standardDeviations)))
                    .append(" standard deviations ")
                    .append(standardDeviations >= 0 ? "above" : "below")
                    .append(" expectation; the chance of at least ")
                    .append(groupEvents)
                    .append(" at the benchmark rate is ")
                    .append(Wording.p(pOneSided))
                    .append('.');
        }
        if (fisherPOneSided != null) {
            s.append(" Fisher's exact test gives p = ")
                    .append(Wording.p(fisherPOneSided))
                    .append(" one-sided and ")
                    .append(Wording.p(fisherPTwoSided))
                    .append(" two-sided.");
        }
        notes.forEach(n -> s.append(' ').append(n));
        return s.toString();
    }
}
