/**
 * Case-level analyses of a chronology: temporal proximity of adverse actions to protected activity
 * ({@link org.redress.analysis.retaliation.ProximityAnalysis}), clustering beyond chance
 * ({@link org.redress.analysis.retaliation.ClusteringAnalysis}) and rates against similarly situated people
 * ({@link org.redress.analysis.retaliation.RatesAnalysis}, {@link org.redress.analysis.retaliation.RateComparison}).
 * Results are records that Jackson prints as the CLI's JSON, each with a plain-words {@code summary}.
 */
package org.redress.analysis.retaliation;
