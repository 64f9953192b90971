package org.redress.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/** Detects the language of a document's text (ISO 639-3 codes: eng, spa …) with OpenNLP's model. */
final class LanguageGuesser {
    /** Enough for a confident guess; the whole text made detection a third of a reader's time. */
    private static final int SAMPLE_CHARS = 3_000;

    private static final int MIN_CHARS = 40;
    private final LanguageDetectorME detector;

    LanguageGuesser() {
        try (InputStream in = LanguageGuesser.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) throw new IllegalStateException("the language model is missing from the class path");
            detector = new LanguageDetectorME(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The most likely language, or null when the text is too short or the guess too weak to say. */
    String guess(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_CHARS) return null;
        Language best = detector.predictLanguage(sample);
        return best.getConfidence() < 0.1 ? null : best.getLang();
    }
}
