package org.redress.analysis.retaliation;

/**
 * The result of {@code analyze rates}: the group against the benchmark, and the group's leaders against its
 * other members ({@code leadersVsOthers} is null when the group has no leaders or no other members).
 */
public record RatesReport(RateComparison group, RateComparison leadersVsOthers, String summary) {}
