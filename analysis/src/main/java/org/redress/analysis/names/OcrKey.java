package org.redress.analysis.names;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * A folded word as OCR's confusion classes read it, so that several of OCR's confusions in one word count as one:
 * what OCR reads as one letter written as that letter (rn as m, cl as d, vv as w), every run of one letter written
 * once, then a digit it reads for a letter written as the letter (0 as o, 5 as s, 8 and 6 as b, 2 as z, 9 as g), and
 * 1, l, i and j (a dot and one stroke) written alike ("Ba1ccazzar" and "Balcázar" both "baicazar"). Runs are written once before the letters of
 * one class are, so that two letters of one class side by side stay two ("Aguilar" is "aguiiar", not "aguiar"). The
 * classes are those of shape, which tell no two names apart (vowels, which do, are not among them: María and Mario
 * keep their keys). Read by Lucene's char filters: {@link MappingCharFilter} (longest match first) and
 * {@link PatternReplaceCharFilter}.
 */
final class OcrKey {
    /** Groups of letters OCR reads as one letter. */
    private static final NormalizeCharMap GROUPS = map(new String[][] {{"rn", "m"}, {"cl", "d"}, {"vv", "w"}});

    /** Digits OCR reads for letters, and the letters of one stroke ("Chrjstopher"). */
    private static final NormalizeCharMap SINGLES = map(new String[][] {
        {"1", "i"}, {"l", "i"}, {"j", "i"}, {"0", "o"}, {"5", "s"}, {"8", "b"}, {"6", "b"}, {"2", "z"}, {"9", "g"}
    });

    /** A run of one letter (or digit). */
    private static final Pattern RUN = Pattern.compile("(.)\\1+");

    private OcrKey() {}

    private static NormalizeCharMap map(String[][] pairs) {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        for (String[] c : pairs) b.add(c[0], c[1]);
        return b.build();
    }

    /** The key of a folded page word (lower case, digits kept): its runs of one letter written once. */
    static String of(String folded) {
        if (folded.isEmpty()) return folded;
        Reader groups = new MappingCharFilter(GROUPS, new StringReader(folded));
        return read(new MappingCharFilter(SINGLES, new PatternReplaceCharFilter(RUN, "$1", groups)));
    }

    /**
     * The key of a folded part of a name: its doubled letters kept, so that a word OCR wrote with other letters
     * where the name has a double ("Blackwell" for Blackwood) pays for each, and a word with a run OCR doubled pays
     * only for a letter of the name's run it lost ("Guerrra" and "Guera" for Guerra).
     */
    static String ofName(String folded) {
        if (folded.isEmpty()) return folded;
        return read(new MappingCharFilter(SINGLES, new MappingCharFilter(GROUPS, new StringReader(folded))));
    }

    private static String read(Reader filtered) {
        StringBuilder out = new StringBuilder();
        try (Reader in = filtered) {
            char[] buf = new char[64];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) out.append(buf, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return out.toString();
    }
}
