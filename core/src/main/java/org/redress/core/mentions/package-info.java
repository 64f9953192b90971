/**
 * Mentions of the case's watched people in the corpus: each hit on a page with its offsets, score, the rule that
 * found it and a token-by-token explanation, and the reviewer's decision on it. Decisions are kept apart from hits,
 * keyed by the person, the page's text and the offsets, so that a decision survives screening again and applies to
 * the same words in an identical page of another document. Plain Java, no libraries.
 */
package org.redress.core.mentions;
