package org.redress.application.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redress.application.access.Access;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.Page;
import org.redress.core.entities.FoundEntity;
import org.redress.core.entities.PageRef;
import org.redress.core.entities.TextLanguage;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.EntityRecognizer;
import org.redress.core.port.EntityStore;

/**
 * The named-entity stage: every page the current recogniser has not read, one page at a time (only that page's text is
 * in memory), each saved with its "done" mark in one write. A run that is killed loses at most the page it was on; the
 * next run starts where it stopped, and picks up pages ingested since. The recogniser's models are loaded only when
 * there is a page to read.
 */
public final class EntityRecognition {
    /** Pages asked of the store at once. */
    private static final int BATCH = 200;

    private final DocumentStore documents;
    private final EntityStore entities;
    private final EntityRecognizer recognizer;

    public EntityRecognition(DocumentStore documents, EntityStore entities, EntityRecognizer recognizer) {
        this.documents = documents;
        this.entities = entities;
        this.recognizer = recognizer;
    }

    /** Told how far the stage is; a listener may throw to stop it between two pages. */
    public interface Listener {
        Listener NONE = new Listener() {};

        default void started(long pages) {}

        default void pageDone(long done, long total) {}
    }

    /**
     * What a run did.
     *
     * @param pagesFailed pages the recogniser could not read (not tried again until the recogniser changes)
     * @param pagesLeft pages still to read after the run (0 unless it was stopped)
     * @param occurrences entities found on the pages read; {@code entitiesNew} of them were new to the case
     */
    public record Summary(
            long pagesRecognised,
            long pagesFailed,
            long pagesLeft,
            long occurrences,
            long entitiesNew,
            double seconds,
            String recogniser) {}

    public Summary run(Listener listener) {
        // Over the whole corpus whoever asks: a role's view would record hidden documents as done with nothing.
        return Access.asCase(() -> runAll(listener));
    }

    private Summary runAll(Listener listener) {
        long started = System.nanoTime();
        String version = recognizer.version();
        long total = entities.countPagesToRecognise(version);
        listener.started(total);
        Map<String, TextLanguage> languages = new HashMap<>();
        long done = 0, failed = 0, occurrences = 0, made = 0;
        while (!Thread.currentThread().isInterrupted()) {
            List<PageRef> batch = entities.pagesToRecognise(version, BATCH);
            if (batch.isEmpty()) break;
            for (PageRef ref : batch) {
                Optional<Page> page = documents.page(ref.documentId(), ref.page());
                TextLanguage language = languages.computeIfAbsent(ref.documentId(), this::languageOf);
                List<FoundEntity> found;
                try {
                    found = page.isEmpty()
                            ? List.of()
                            : recognizer.recognise(page.get().text(), language);
                } catch (RuntimeException e) {
                    // A page CoreNLP cannot read stops nothing; it is marked done, empty, and counted.
                    found = List.of();
                    failed++;
                }
                made += entities.savePage(ref, version, found);
                occurrences += found.size();
                done++;
                listener.pageDone(done, Math.max(total, done));
                if (Thread.currentThread().isInterrupted()) break;
            }
            if (languages.size() > 10_000) languages.clear();
        }
        long left = entities.countPagesToRecognise(version);
        return new Summary(
                done - failed, failed, left, occurrences, made, (System.nanoTime() - started) / 1e9, version);
    }

    private TextLanguage languageOf(String documentId) {
        return TextLanguage.ofDocument(
                documents.document(documentId).map(Document::language).orElse(null));
    }
}
