package org.redress.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects the language of a document's text (ISO 639-3 codes: eng, spa …) with OpenNLP's model. The model is read
 * once per process (it takes longer to load than to guess the language of hundreds of pages); each thread has its
 * own detector over it, as the detector keeps per-call state.
 */
final class LanguageGuesser {
    /** Enough for a confident guess; the whole text made detection a third of a reader's time. */
    private static final int SAMPLE_CHARS = 3_000;

    private static final int MIN_CHARS = 40;
    private static volatile LanguageGuesser shared;
    private final ThreadLocal<LanguageDetectorME> detector;

    private LanguageGuesser(LanguageDetectorModel model) {
        this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    /** The one guesser of this process, its model loaded on first use. */
    static LanguageGuesser shared() {
        LanguageGuesser g = shared;
        if (g == null) {
            synchronized (LanguageGuesser.class) {
                if (shared == null) shared = new LanguageGuesser(load());
                g = shared;
            }
        }
        return g;
    }

    private static LanguageDetectorModel load() {
        try (InputStream in = LanguageGuesser.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) throw new IllegalStateException("the language model is missing from the class path");
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The most likely language, or null when the text is too short or the guess too weak to say. */
    String guess(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_CHARS) return null;
        Language best = detector.get().predictLanguage(sample);
        return best.getConfidence() < 0.1 ? null : best.getLang();
    }
}
