/**
 * The analyses a court understands, as pure logic over core's values: exact statistics, the retaliation analyses
 * of a chronology, and the statutory deadlines of records requests. Nothing here reads a clock, a database or the
 * case: the same inputs always give the same answer (a permutation test takes its seed), so every figure a lawyer
 * puts before a court can be checked and reproduced.
 */
package org.redress.analysis;
