/**
 * Finding a watched person's name on a page as records really write it: accents dropped, two surnames (either
 * alone, hyphenated), particles, reordered and comma forms, initials, nicknames from the person's aliases and from a
 * table of Spanish and English short forms, OCR damage of a letter or two, a name broken across a line, and email
 * local parts. Pure logic over text: Lucene's accent folding, stop words and Levenshtein automata, and the
 * Beider–Morse phonetic codes of commons-codec with their Spanish and English rules.
 *
 * <p>Precision is kept by conflicts: a surname beside a different given name ("Rosa Palacios" is not Zully Palacios)
 * or a different second surname ("Enrique Baltazar Sandoval" is not José Enrique Balcázar Sánchez) is no mention.
 * Every hit has a score, the name form and rules that found it, and one line of explanation per word.
 */
package org.redress.analysis.names;
