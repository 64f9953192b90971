package org.redress.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.redress.core.entities.EntityType;
import org.redress.core.entities.FoundEntity;
import org.redress.core.entities.TextLanguage;
import org.redress.core.port.EntityRecognizer;
import org.redress.nlp.evaluation.Score;

/** The quality table of the entity benchmark, and the naive baseline measured beside CoreNLP in the same run. */
final class EntityQuality {
    private EntityQuality() {}

    /**
     * The baseline: every run of capitalised words that does not start a sentence is a person. What a reader gets
     * without a model; CoreNLP has to beat it by a margin to be worth its memory.
     */
    static final class CapitalisedRuns implements EntityRecognizer {
        @Override
        public String version() {
            return "capitalised-runs";
        }

        @Override
        public List<FoundEntity> recognise(String text, TextLanguage language) {
            List<FoundEntity> out = new ArrayList<>();
            int i = 0, n = text.length();
            boolean sentenceStart = true;
            while (i < n) {
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    if (text.charAt(i) == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') sentenceStart = true;
                    i++;
                }
                int start = i, end = i, words = 0;
                while (i < n && Character.isUpperCase(text.charAt(i)) && !(sentenceStart && words == 0)) {
                    while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
                    end = i;
                    words++;
                    if (i + 1 < n && text.charAt(i) == ' ' && Character.isUpperCase(text.charAt(i + 1))) i++;
                    else break;
                }
                if (words > 0) out.add(new FoundEntity(start, end, EntityType.PERSON, text.substring(start, end)));
                else {
                    while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
                    if (i > start) sentenceStart = ".!?".indexOf(text.charAt(i - 1)) >= 0;
                }
            }
            return out;
        }

        @Override
        public void close() {}
    }

    static String table(Score s) {
        StringBuilder out =
                new StringBuilder("| type | gold | found right | found wrong | missed | precision | recall | F1 |\n"
                        + "|---|---|---|---|---|---|---|---|\n");
        for (EntityType t : EntityType.values()) row(out, t.code(), s.of(t));
        row(out, "**overall (micro)**", s.overall());
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Score.Figures f) {
        out.append(String.format(
                Locale.ROOT,
                "| %s | %d | %d | %d | %d | %.3f | %.3f | %.3f |%n",
                name,
                f.gold(),
                f.truePositives(),
                f.falsePositives(),
                f.falseNegatives(),
                f.precision(),
                f.recall(),
                f.f1()));
    }
}
