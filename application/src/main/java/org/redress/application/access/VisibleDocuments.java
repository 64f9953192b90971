package org.redress.application.access;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.redress.core.corpus.CaseStatus;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Failure;
import org.redress.core.corpus.IngestRun;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Source;
import org.redress.core.port.DocumentStore;

/**
 * The case's documents as the acting role may see them: a hidden document is not there, exactly as an unknown id
 * (no document, no pages, no page, no place it was found), and lists leave it out; a hidden source (the group's
 * private references) is not there either, and the case's totals count only what the role may see. Writes, and what
 * the pipeline reads for its own bookkeeping, go straight through (a write may change what is hidden: the visibility
 * is told).
 */
final class VisibleDocuments implements DocumentStore {
    private final DocumentStore store;
    private final Visibility visibility;

    VisibleDocuments(DocumentStore store, Visibility visibility) {
        this.store = store;
        this.visibility = visibility;
    }

    private Optional<Document> visible(Optional<Document> d) {
        return d.filter(doc -> !visibility.hides(doc.id()));
    }

    private List<Document> visible(List<Document> all) {
        return visibility.visible(all, Document::id);
    }

    private List<Location> visibleLocations(List<Location> all) {
        return visibility.visible(all, Location::documentId);
    }

    @Override
    public Source source(String name, LocalDate received) {
        return store.source(name, received);
    }

    @Override
    public List<Source> sources() {
        List<Source> all = store.sources();
        Set<Long> hidden = visibility.hiddenSources();
        return hidden.isEmpty()
                ? all
                : all.stream().filter(s -> !hidden.contains(s.id())).toList();
    }

    @Override
    public Optional<Source> sourceById(long id) {
        return store.sourceById(id).filter(s -> !visibility.hiddenSources().contains(s.id()));
    }

    @Override
    public Optional<Document> document(String id) {
        return visible(store.document(id));
    }

    @Override
    public Optional<Document> documentByPrefix(String prefix) {
        return visible(store.documentByPrefix(prefix));
    }

    @Override
    public void saveExtraction(Document document, List<Page> pages) {
        try {
            store.saveExtraction(document, pages);
        } finally {
            visibility.changed(); // a document of a private reference source is hidden as soon as it is there
        }
    }

    @Override
    public void setStatus(String documentId, ExtractionStatus status, String detail) {
        try {
            store.setStatus(documentId, status, detail);
        } finally {
            visibility.changed();
        }
    }

    @Override
    public boolean addLocation(Location location) {
        try {
            return store.addLocation(location);
        } finally {
            visibility.changed();
        }
    }

    @Override
    public List<Location> locations(String documentId) {
        return visibility.hides(documentId) ? List.of() : store.locations(documentId);
    }

    @Override
    public List<Location> children(String parentId) {
        return visibility.hides(parentId) ? List.of() : visibleLocations(store.children(parentId));
    }

    @Override
    public List<Location> locationsOfSource(long sourceId) {
        if (visibility.hiddenSources().contains(sourceId)) return List.of();
        return visibleLocations(store.locationsOfSource(sourceId));
    }

    @Override
    public List<Document> documents() {
        return visible(store.documents());
    }

    @Override
    public List<Document> emails() {
        return visible(store.emails());
    }

    @Override
    public List<String> emailsWithoutReferences() {
        return store.emailsWithoutReferences();
    }

    @Override
    public void setEmailReferences(String documentId, List<String> references) {
        store.setEmailReferences(documentId, references);
    }

    @Override
    public List<Page> pages(String documentId) {
        return visibility.hides(documentId) ? List.of() : store.pages(documentId);
    }

    @Override
    public Optional<Page> page(String documentId, int number) {
        return visibility.hides(documentId) ? Optional.empty() : store.page(documentId, number);
    }

    @Override
    public void recordFailure(Failure failure) {
        store.recordFailure(failure);
    }

    @Override
    public void clearFailure(long sourceId, String path) {
        store.clearFailure(sourceId, path);
    }

    @Override
    public void clearFailuresOf(String documentId) {
        store.clearFailuresOf(documentId);
    }

    @Override
    public List<Failure> failures() {
        List<Failure> all = store.failures();
        if (visibility.seesAll()) return all;
        Set<String> documents = visibility.hiddenDocuments();
        Set<Long> sources = visibility.hiddenSources();
        return all.stream()
                .filter(f -> !sources.contains(f.sourceId()) && !documents.contains(f.documentId()))
                .toList();
    }

    @Override
    public List<String> documentsToIndex(int limit) {
        return store.documentsToIndex(limit);
    }

    @Override
    public void markIndexed(List<String> documentIds) {
        store.markIndexed(documentIds);
    }

    @Override
    public void markAllUnindexed() {
        store.markAllUnindexed();
    }

    @Override
    public IngestRun startRun(long sourceId, String arguments) {
        return store.startRun(sourceId, arguments);
    }

    @Override
    public void finishRun(long runId) {
        store.finishRun(runId);
    }

    @Override
    public CaseStatus status() {
        if (visibility.seesAll()) return store.status();
        return store.status(visibility.hiddenDocuments(), visibility.hiddenSources());
    }

    @Override
    public CaseStatus status(Set<String> excludedDocuments, Set<Long> excludedSources) {
        Set<String> documents = new HashSet<>(excludedDocuments);
        documents.addAll(visibility.hiddenDocuments());
        Set<Long> sources = new HashSet<>(excludedSources);
        sources.addAll(visibility.hiddenSources());
        return store.status(documents, sources);
    }

    @Override
    public void startBatch() {
        store.startBatch();
    }

    @Override
    public void commitBatch() {
        store.commitBatch();
    }

    @Override
    public void endBatch() {
        store.endBatch();
    }

    /** The case's store belongs to the case; closing a view of it closes nothing. */
    @Override
    public void close() {}
}
