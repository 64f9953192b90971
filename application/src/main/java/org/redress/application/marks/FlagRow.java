package org.redress.application.marks;

/**
 * One animus or profiling flag as {@code redress flags --json} prints it: the lexicon's term, where it is, its
 * sentence and lexicon; {@code id} cites it, {@code start}/{@code end} are offsets in the page's text.
 */
public record FlagRow(
        String id,
        String term,
        String documentId,
        String path,
        int page,
        String sentence,
        String lexicon,
        int start,
        int end) {}
