package org.redress.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.redress.core.entities.EntityType;
import org.redress.core.entities.FoundEntity;
import org.redress.core.entities.TextLanguage;
import org.redress.core.port.EntityRecognizer;

/**
 * People, organisations and places with Stanford CoreNLP's CRF recognisers (English: its 3-, 4- and 7-class models
 * combined; Spanish: AnCora). A language's pipeline is loaded the first time a page in that language comes (English
 * about 10 s and 400 MB of heap, Spanish about 6 s and 250 MB here); CoreNLP keeps loaded models in a process-wide
 * cache, so a second recogniser in the same process starts at once.
 */
public final class CoreNlpRecognizer implements EntityRecognizer {
    /** Characters read at once: a few pages of prose, a bounded amount of memory whatever the page. */
    static final int PIECE_CHARS = 20_000;

    private final Map<TextLanguage, StanfordCoreNLP> pipelines = new EnumMap<>(TextLanguage.class);

    @Override
    public String version() {
        return "corenlp-4.5.10;en=" + Pipelines.ENGLISH_ANNOTATORS + ";es=" + Pipelines.SPANISH_ANNOTATORS
                + ";coarse;pieces=" + PIECE_CHARS;
    }

    @Override
    public synchronized List<FoundEntity> recognise(String text, TextLanguage language) {
        List<FoundEntity> found = new ArrayList<>();
        if (text.isBlank()) return found;
        StanfordCoreNLP pipeline = pipelines.computeIfAbsent(language, Pipelines::load);
        for (Pieces.Piece piece : Pieces.of(text, PIECE_CHARS)) {
            CoreDocument document = new CoreDocument(piece.text());
            pipeline.annotate(document);
            for (CoreEntityMention m : document.entityMentions()) {
                EntityType type = Labels.type(m.entityType());
                if (type == null || isPronoun(m)) continue;
                Pair<Integer, Integer> at = m.charOffsets();
                int start = piece.start() + at.first();
                int end = piece.start() + at.second();
                if (end > start) found.add(new FoundEntity(start, end, type, text.substring(start, end)));
            }
        }
        return found;
    }

    /** CoreNLP adds he, she, his … as PERSON mentions (for its relation extractor); their tokens carry no label. */
    private static boolean isPronoun(CoreEntityMention m) {
        return m.tokens().stream().allMatch(t -> t.ner() == null || "O".equals(t.ner()));
    }

    /** Loads a language's models now (a benchmark times this apart from the pages). */
    public synchronized void load(TextLanguage language) {
        pipelines.computeIfAbsent(language, Pipelines::load);
    }

    @Override
    public synchronized void close() {
        pipelines.clear();
    }
}
