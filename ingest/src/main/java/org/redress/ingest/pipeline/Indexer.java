package org.redress.ingest.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.redress.core.corpus.DisplayPaths;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Source;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.SearchIndex;
import org.redress.core.search.IndexedDocument;

/**
 * Keeps the search index in step with the store. A document is marked indexed only after the
 * index commit that holds it, so a crash in between means it is indexed again, never missed.
 */
final class Indexer {
    private final java.util.concurrent.locks.ReentrantReadWriteLock documentsIn =
            new java.util.concurrent.locks.ReentrantReadWriteLock();
    private final java.util.concurrent.locks.Lock adding = documentsIn.readLock();
    private final java.util.concurrent.locks.Lock committing = documentsIn.writeLock();
    private static final int COMMIT_EVERY = 500;
    private final DocumentStore store;
    private final SearchIndex index;
    private final List<String> uncommitted = new ArrayList<>();
    /** Source names by id: read once per run, not once per document. */
    private final java.util.Map<Long, String> sourceNames = new java.util.concurrent.ConcurrentHashMap<>();

    Indexer(DocumentStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    void catchUp() {
        for (List<String> batch; !(batch = store.documentsToIndex(COMMIT_EVERY)).isEmpty(); ) {
            for (String id : batch) indexNow(id);
            commit();
        }
    }

    /**
     * Indexes a document just stored, from what the caller holds: reading the document and its pages back from the
     * store right after writing them cost two queries a file, under the store's lock.
     */
    void add(Document stored, List<Page> pages) {
        adding.lock();
        try {
            index.index(entry(store, stored, pages, source -> sourceNames.computeIfAbsent(source, this::sourceName)));
            synchronized (uncommitted) {
                uncommitted.add(stored.id());
            }
        } finally {
            adding.unlock();
        }
        commitIfDue();
    }

    /** Indexes a document the store already held again, as the store now has it (one more production, say). */
    void refresh(String id) {
        adding.lock();
        try {
            indexNow(id);
        } finally {
            adding.unlock();
        }
        commitIfDue();
    }

    private void commitIfDue() {
        boolean due;
        synchronized (uncommitted) {
            due = uncommitted.size() >= COMMIT_EVERY;
        }
        if (due) commit();
    }

    void finish() {
        commit();
        catchUp();
    }

    private void indexNow(String id) {
        Optional<Document> d = store.document(id);
        if (d.isPresent() && d.get().status() == ExtractionStatus.PENDING) return;
        if (d.isEmpty() || d.get().status() == ExtractionStatus.FAILED) {
            // Nothing to search in a failed document, but it must be marked as handled: the store
            // offers every unindexed document that is not pending, and catchUp would loop forever.
            synchronized (uncommitted) {
                uncommitted.add(id);
            }
            return;
        }
        index.index(of(store, d.get(), source -> sourceNames.computeIfAbsent(source, this::sourceName)));
        synchronized (uncommitted) {
            uncommitted.add(id);
        }
    }

    private synchronized void commit() {
        // No document may enter the index between the store's commit and the index's: its rows would be in the
        // store's next, uncommitted group while the index already holds it.
        committing.lock();
        try {
            List<String> ids;
            synchronized (uncommitted) {
                ids = new ArrayList<>(uncommitted);
                uncommitted.clear();
            }
            store.commitBatch(); // the index must never hold a document the store could still lose
            index.commit();
            store.markIndexed(ids);
            store.commitBatch();
        } finally {
            committing.unlock();
        }
    }

    private String sourceName(long id) {
        return store.sourceById(id).map(Source::name).orElse("");
    }

    /** The index entry of a document: its pages, every source it came with, and its first path. */
    static IndexedDocument of(DocumentStore store, Document d) {
        return of(store, d, id -> store.sourceById(id).map(Source::name).orElse(""));
    }

    private static IndexedDocument of(DocumentStore store, Document d, java.util.function.LongFunction<String> source) {
        return entry(store, d, store.pages(d.id()), source);
    }

    private static IndexedDocument entry(
            DocumentStore store, Document d, List<Page> pages, java.util.function.LongFunction<String> source) {
        List<Location> locations = store.locations(d.id());
        List<String> sources = locations.stream()
                .map(Location::sourceId)
                .distinct()
                .map(source::apply)
                .toList();
        String path = locations.isEmpty() ? d.id() : DisplayPaths.of(store, locations.get(0));
        return new IndexedDocument(d, pages, sources, path);
    }
}
