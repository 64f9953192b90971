package org.redress.nlp.evaluation;

import java.util.List;
import org.redress.core.entities.FoundEntity;
import org.redress.core.entities.TextLanguage;
import org.redress.core.port.EntityRecognizer;

/** Runs a recogniser over labelled sentences, a batch of them per text as on a page, and scores what it found. */
public final class Evaluation {
    /** Sentences per text: WNUT's are tweets, about a page of them. */
    public static final int SENTENCES_PER_TEXT = 40;

    private Evaluation() {}

    public static Score run(EntityRecognizer recognizer, TextLanguage language, List<LabelledSentence> sentences) {
        Score score = new Score();
        for (int i = 0; i < sentences.size(); i += SENTENCES_PER_TEXT) {
            LabelledText text =
                    LabelledText.of(sentences.subList(i, Math.min(sentences.size(), i + SENTENCES_PER_TEXT)));
            List<GoldSpan> found = recognizer.recognise(text.text(), language).stream()
                    .map(Evaluation::span)
                    .toList();
            score.add(text.gold(), found);
        }
        return score;
    }

    private static GoldSpan span(FoundEntity f) {
        return new GoldSpan(f.start(), f.end(), f.type());
    }
}
