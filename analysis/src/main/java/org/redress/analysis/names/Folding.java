package org.redress.analysis.names;

import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/** Names compared as the search index compares words: lower-cased and folded to ASCII by Lucene ("Balcázar" → "balcazar"). */
public final class Folding {
    private Folding() {}

    /** The folded form, keeping letters and digits only ("O'Brien" → "obrien", "Núñez" → "nunez"). */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) return "";
        char[] in = repairLatin1(s).toLowerCase(Locale.ROOT).toCharArray();
        char[] out = new char[in.length * 4];
        int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = out[i];
            if (Character.isLetterOrDigit(c)) b.append(c);
            else if (c == '?' || c == '\uFFFD') b.append('?'); // a letter lost: its accent was not understood
        }
        return b.toString();
    }

    /** A letter written as UTF-8 and read as Latin-1 ("Ã¡" for "á", "Ã±" for "ñ") put back as the one letter. */
    static String repairLatin1(String s) {
        if (s.indexOf('Ã') < 0 && s.indexOf('Â') < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            if ((c == 'Ã' || c == 'Â') && next >= 0x80 && next <= 0xBF) {
                b.append((char) (((c & 0x1F) << 6) | (next & 0x3F)));
                i++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Most letters a word may have lost ("Ib??ez") and still be read as the name. */
    static final int MOST_LOST = 2;

    /**
     * True when a folded word is the folded name with up to {@value #MOST_LOST} letters lost, each a question mark in
     * their place ("balc?zar" for "balcazar", "ib??ez" for "ibanez").
     */
    static boolean lostLetters(String word, String name) {
        if (word.length() != name.length() || word.indexOf('?') < 0) return false;
        int lost = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '?') lost++;
            else if (c != name.charAt(i)) return false;
        }
        return lost <= MOST_LOST;
    }

    /** True when the folded forms are equal but the words are not (case aside): the accents differ. */
    public static boolean accentsDiffer(String a, String b) {
        return !a.equalsIgnoreCase(b) && fold(a).equals(fold(b));
    }
}
