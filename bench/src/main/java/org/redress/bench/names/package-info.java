/**
 * The name-matching benchmarks of issue 8: fictional watched members, labelled pages that write their names in every
 * variant class (and look-alikes that are not them), the quality run, and the speed run of the watch-list screen.
 */
package org.redress.bench.names;
