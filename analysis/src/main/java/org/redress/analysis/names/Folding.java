package org.redress.analysis.names;

import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/** Names compared as the search index compares words: lower-cased and folded to ASCII by Lucene ("Balcázar" → "balcazar"). */
public final class Folding {
    private Folding() {}

    /** The folded form, keeping letters and digits only ("O'Brien" → "obrien", "Núñez" → "nunez"). */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) return "";
        char[] in = s.toLowerCase(Locale.ROOT).toCharArray();
        char[] out = new char[in.length * 4];
        int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            if (Character.isLetterOrDigit(out[i])) b.append(out[i]);
        }
        return b.toString();
    }

    /** True when the folded forms are equal but the words are not (case aside): the accents differ. */
    public static boolean accentsDiffer(String a, String b) {
        return !a.equalsIgnoreCase(b) && fold(a).equals(fold(b));
    }
}
