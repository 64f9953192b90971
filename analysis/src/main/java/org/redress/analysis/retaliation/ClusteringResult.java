package org.redress.analysis.retaliation;

/**
 * Whether adverse actions fall within {@code windowDays} after protected activity more often than chance.
 *
 * <p>{@code observed}: adverse actions falling 0..windowDays days after some protected activity.
 * {@code expected}: the mean of that count under the null model (protected activity fixed, each adverse
 * action's day drawn uniformly over the period). {@code p}: Monte-Carlo permutation p-value (b+1)/(N+1),
 * where b of N redraws reached the observed count; {@code pLow}..{@code pHigh}: 95% Clopper–Pearson interval
 * for the p-value an infinite number of redraws would give. {@code pExact}: that p-value computed exactly
 * (under this null model the count is binomial), a check on the simulation.
 */
public record ClusteringResult(
        int windowDays,
        int permutations,
        long seed,
        String periodStart,
        String periodEnd,
        long periodDays,
        int protectedActivities,
        int adverseActions,
        int excludedImprecise,
        long windowDaysCovered,
        int observed,
        double expected,
        double p,
        double pLow,
        double pHigh,
        double pExact,
        String summary) {}
