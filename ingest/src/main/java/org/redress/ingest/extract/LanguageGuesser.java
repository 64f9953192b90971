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
    /**
     * Most texts are told apart on their first 1,000 characters; the detector's cost grows with the text (it was
     * over half of a small file's ingest at 3,000). Only when the leader is not {@value #CLEAR_LEAD} times as likely
     * as the next language does the guess read on, to 3,000 (on the FOIA sample and a generated production of
     * English and Spanish mail, this gives the 3,000-character guess for every one of 3,050 files).
     */
    private static final int QUICK_CHARS = 1_000;

    private static final int SAMPLE_CHARS = 3_000;
    private static final double CLEAR_LEAD = 5.0;

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
        String sample = head(text, SAMPLE_CHARS);
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_CHARS) return null;
        Language[] ranked = detector.get().predictLanguages(head(sample, QUICK_CHARS));
        if (sample.length() > QUICK_CHARS && !clearLead(ranked))
            ranked = detector.get().predictLanguages(sample);
        Language best = ranked[0];
        return best.getConfidence() < 0.1 ? null : best.getLang();
    }

    private static boolean clearLead(Language[] ranked) {
        return ranked.length < 2 || ranked[0].getConfidence() >= CLEAR_LEAD * ranked[1].getConfidence();
    }

    private static String head(String text, int chars) {
        return text.length() > chars ? text.substring(0, chars) : text;
    }
}
