package org.redress.analysis.marks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.core.UserMistake;
import org.redress.core.corpus.Sha256;

/**
 * The animus and profiling lexicon: terms, each in a named lexicon ({@code immigration-slur}, {@code profiling},
 * {@code dissent-labelling}, {@code speech-targeting} are built in), English and Spanish. A case adds terms and
 * removes built-in ones with its own {@code lexicon.txt}. Terms are compared as {@link Terms} analyses them (lower
 * case, accents folded), so "Ilegales" and "ilegales" are one term.
 */
public final class Lexicon {
    /** A term as written in the lexicon and the lexicon it belongs to. */
    public record Term(String text, String lexicon) {}

    private static final String BUILT_IN = "lexicon.txt";
    private final Map<String, Term> terms; // by the term's analysed form

    private Lexicon(Map<String, Term> terms) {
        this.terms = terms;
    }

    public static Lexicon builtIn() {
        try (InputStream in = Lexicon.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) throw new IllegalStateException("the built-in lexicon is missing");
            return new Lexicon(new LinkedHashMap<>())
                    .with(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This lexicon with a case's edits: {@code lexicon: term} adds (or moves) a term, {@code -term} removes it,
     * {@code #} starts a comment. {@code where} names the file in error messages, which quote no term.
     */
    public Lexicon with(String text, String where) {
        Map<String, Term> out = new LinkedHashMap<>(terms);
        String[] lines = text.split("\\R", -1);
        for (int n = 1; n <= lines.length; n++) {
            String line = lines[n - 1].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("-")) {
                String key = Terms.key(line.substring(1));
                if (key.isEmpty()) throw mistake(where, n);
                out.remove(key);
                continue;
            }
            int colon = line.indexOf(':');
            String lexicon = colon < 0 ? "" : line.substring(0, colon).strip();
            String term = colon < 0 ? "" : line.substring(colon + 1).strip();
            String key = Terms.key(term);
            if (lexicon.isEmpty() || key.isEmpty() || !lexicon.matches("[\\p{L}\\p{N}_ -]{1,40}"))
                throw mistake(where, n);
            out.remove(key);
            out.put(
                    key,
                    new Term(term, lexicon.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')));
        }
        return new Lexicon(out);
    }

    private static UserMistake mistake(String where, int line) {
        return new UserMistake(where + " line " + line
                + ": write a lexicon's name, a colon and a term (profiling: south of the border names),"
                + " or a minus and a term to remove it (-agitator)");
    }

    public List<Term> terms() {
        return new ArrayList<>(terms.values());
    }

    Map<String, Term> byKey() {
        return terms;
    }

    /** Changes whenever a term is added, removed or moved: flags found with another lexicon are found again. */
    public String fingerprint() {
        StringBuilder b = new StringBuilder("flags-v1");
        terms.keySet().stream()
                .sorted()
                .forEach(k ->
                        b.append('\n').append(k).append('|').append(terms.get(k).lexicon()));
        return Sha256.of(b.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }
}
