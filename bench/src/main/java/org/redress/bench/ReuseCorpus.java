package org.redress.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A generated set for text reuse: the group's passages (references) and agency-like records, some of which quote a
 * passage (verbatim, trimmed, re-wrapped and re-cased, OCR-damaged at a given character error rate, or reworded),
 * and look-alike records that use the same passage's words in other sentences without quoting it. Words come from a
 * Zipf-distributed vocabulary of 20,000 invented words plus the agency words of {@link Prose}, so that references and
 * records share a subject and most of their words, as real ones do. Seeded: the same seed gives the same set.
 */
public final class ReuseCorpus {
    private static final String[] SYLLABLES =
            ("ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo fu ga ge go gu "
                            + "la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te "
                            + "ti to tu va ve vi vo za zo an en in on ar er or al el il tra pro con ver mon dis ment tion")
                    .split(" ");
    private static final String OCR_LOOKALIKE = "rnmilI1l|oO0ceaBb8S5gqhbnuvyt";

    private final SplittableRandom random;
    private final Prose prose;
    private final String[] vocabulary;

    public ReuseCorpus(long seed) {
        this.random = new SplittableRandom(seed);
        this.prose = new Prose(seed + 1);
        this.vocabulary = new String[20_000];
        SplittableRandom words = new SplittableRandom(7);
        for (int i = 0; i < vocabulary.length; i++) {
            StringBuilder w = new StringBuilder();
            int n = 1 + words.nextInt(4);
            for (int k = 0; k < n; k++) w.append(SYLLABLES[words.nextInt(SYLLABLES.length)]);
            vocabulary[i] = w.toString();
        }
    }

    /** A word: an agency word a third of the time, else a Zipf-distributed invented word. */
    String word() {
        if (random.nextInt(3) == 0) return prose.word(Prose.EN);
        double u = random.nextDouble();
        int rank = (int) Math.floor(Math.pow(vocabulary.length + 1.0, u)) - 1; // ~ 1/rank
        return vocabulary[Math.min(vocabulary.length - 1, rank)];
    }

    /** {@code n} words in sentences. */
    public String passage(int n) {
        List<String> words = new ArrayList<>(n);
        for (int i = 0; i < n; i++) words.add(word());
        return sentences(words);
    }

    /** Agency-like filler of {@code n} words: the records' own prose around any quote. */
    public String filler(int n) {
        return passage(n);
    }

    /** The passage's words in other sentences: the same subject, no quotation (a record that merely discusses it). */
    public String lookAlike(String passage) {
        List<String> words = new ArrayList<>(List.of(passage.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} ]", " ")
                .trim()
                .split("\\s+")));
        for (int i = words.size() - 1; i > 0; i--) java.util.Collections.swap(words, i, random.nextInt(i + 1));
        for (int i = 0; i < words.size(); i += 3) words.add(i, word());
        return sentences(words);
    }

    /** Keeps words [from, to) of a passage: a trimmed quotation. */
    public static String trim(String passage, int dropStart, int dropEnd) {
        String[] w = passage.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(w, dropStart, w.length - dropEnd));
    }

    /** Re-wrapped at about {@code width} characters, sometimes hyphenating a word, and re-cased. */
    public String rewrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        boolean upper = random.nextBoolean();
        for (String w : text.split("\\s+")) {
            String c = upper ? w.toUpperCase(Locale.ROOT) : w.toLowerCase(Locale.ROOT);
            if (line + c.length() > width) {
                if (c.length() > 6 && random.nextInt(3) == 0 && !upper) {
                    int cut = 3 + random.nextInt(c.length() - 5);
                    out.append(' ').append(c, 0, cut).append("-\n").append(c.substring(cut));
                    line = c.length() - cut;
                    continue;
                }
                out.append('\n');
                line = 0;
            } else if (out.length() > 0) {
                out.append(' ');
                line++;
            }
            out.append(c);
            line += c.length();
        }
        return out.toString();
    }

    /** OCR-like damage: each character is substituted, dropped, or followed by an extra one with probability cer. */
    public String damage(String text, double cer) {
        if (cer <= 0) return text;
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (random.nextDouble() >= cer) {
                out.append(c);
                continue;
            }
            int kind = random.nextInt(10);
            if (kind < 6) out.append(OCR_LOOKALIKE.charAt(random.nextInt(OCR_LOOKALIKE.length())));
            else if (kind < 8) continue;
            else out.append(c).append(OCR_LOOKALIKE.charAt(random.nextInt(OCR_LOOKALIKE.length())));
        }
        return out.toString();
    }

    /** Reworded: a third of the words replaced, some dropped, some neighbours swapped. */
    public String paraphrase(String passage) {
        List<String> words = new ArrayList<>(List.of(passage.split("\\s+")));
        List<String> out = new ArrayList<>();
        for (String w : words) {
            int r = random.nextInt(100);
            if (r < 30) out.add(word());
            else if (r < 38) continue;
            else out.add(w);
            if (r >= 95 && out.size() >= 2) java.util.Collections.swap(out, out.size() - 1, out.size() - 2);
        }
        return String.join(" ", out);
    }

    public SplittableRandom random() {
        return random;
    }

    private String sentences(List<String> words) {
        StringBuilder out = new StringBuilder(words.size() * 8);
        int inSentence = 0;
        int length = 8 + random.nextInt(12);
        for (String w : words) {
            if (inSentence == 0) w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            out.append(w);
            if (++inSentence >= length) {
                out.append(". ");
                inSentence = 0;
                length = 8 + random.nextInt(12);
            } else {
                out.append(' ');
            }
        }
        return out.toString().trim();
    }
}
