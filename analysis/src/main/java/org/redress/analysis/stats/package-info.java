/**
 * Exact small-sample statistics the retaliation analyses rest on (Clopper–Pearson intervals, exact binomial
 * and Fisher tests, the standard-deviation measure of Castaneda and Hazelwood). Pure functions of counts;
 * each is tested against R's documented examples, court figures and 50-digit mpmath values.
 */
package org.redress.analysis.stats;
