package org.redress.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How page text becomes terms. Records mix English and Spanish and spell names with and
 * without accents, so every text field folds accents ("Balcázar" finds "Balcazar"), and the
 * stemmed fields let "arrests" find "arrested" and "detenidos" find "detenido".
 */
final class Analyzers {
    private Analyzers() {}

    /** Lower-cased, accent-folded words, no stemming: exact words, phrases, wildcards. */
    static Analyzer folded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, result);
            }
        };
    }

    static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new EnglishPossessiveFilter(source);
                result = new ASCIIFoldingFilter(new LowerCaseFilter(result));
                result = new PorterStemFilter(result);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    static Analyzer spanish() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                // Stem before folding: the Spanish stemmer knows accented endings.
                TokenStream result = new SpanishLightStemFilter(new LowerCaseFilter(source));
                result = new ASCIIFoldingFilter(result);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /** Addresses split into their parts, so from:dmv finds jane.doe@dmv.vermont.gov. */
    static Analyzer address() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new PatternTokenizer(java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+"), -1);
                TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /** A whole value as one lower-cased term: type:PDF finds pdf. */
    static Analyzer keyword() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new org.apache.lucene.analysis.core.KeywordTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
    }

    static Analyzer perField() {
        Analyzer folded = folded();
        return new PerFieldAnalyzerWrapper(
                folded,
                Map.of(
                        PageFields.TEXT_EN, english(),
                        PageFields.TEXT_ES, spanish(),
                        PageFields.FROM, address(),
                        PageFields.TO, address(),
                        PageFields.SUBJECT, folded,
                        PageFields.TITLE, folded,
                        PageFields.PATH, address(),
                        PageFields.TYPE, keyword(),
                        PageFields.LANGUAGE, keyword(),
                        PageFields.DOCUMENT_ID, new org.apache.lucene.analysis.core.KeywordAnalyzer()));
    }
}
