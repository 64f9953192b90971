/**
 * How well a recogniser finds entities: labelled sentences in the CoNLL format (one token and its BIO tag a line, a
 * blank line between sentences), read through the recogniser the way pages are, and scored span by span (exact start,
 * end and type, as the CoNLL evaluations count). Used by the quality test and by {@code bench}.
 */
package org.redress.nlp.evaluation;
