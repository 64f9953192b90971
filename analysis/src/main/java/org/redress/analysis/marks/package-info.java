/**
 * What the corpus's pages reveal besides the watch list, found by pure text rules: pattern entities (emails, phones,
 * A-numbers, licence plates in context, SSN-like numbers, dates; the identifier rules are shared with
 * {@code analysis/redaction}), FOIA and state exemption marks as productions print them, and animus or profiling
 * language from an editable bilingual lexicon, matched with Lucene's analysis (lower case, accents folded).
 */
package org.redress.analysis.marks;
