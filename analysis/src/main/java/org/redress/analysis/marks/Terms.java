package org.redress.analysis.marks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Words as the lexicon compares them, by Lucene's analysis: the Unicode word rules of {@link StandardTokenizer},
 * lower case, accents folded to ASCII ({@link ASCIIFoldingFilter}). No stemming: "illegal" is not "illegals".
 */
final class Terms {
    /** One word of a page: its analysed form and where it is. */
    record Word(String folded, int start, int end) {}

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new LowerCaseFilter(source);
            s = new ASCIIFoldingFilter(s);
            return new TokenStreamComponents(source, s);
        }
    };

    private Terms() {}

    static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string does not fail to read
        }
        return out;
    }

    /** A term's analysed words joined by spaces, and a trailing {@code *} kept: "Anchor-Bab*" → "anchor bab*". */
    static String key(String term) {
        String t = term.strip();
        boolean prefix = t.endsWith("*");
        if (prefix) t = t.substring(0, t.length() - 1);
        List<String> folded = words(t).stream().map(Word::folded).toList();
        if (folded.isEmpty()) return "";
        return String.join(" ", folded) + (prefix ? "*" : "");
    }
}
