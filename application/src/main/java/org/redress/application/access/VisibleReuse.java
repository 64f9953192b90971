package org.redress.application.access;

import java.util.List;
import java.util.Optional;
import org.redress.core.port.ReuseStore;
import org.redress.core.reuse.RecordToCompare;
import org.redress.core.reuse.ReferenceDocument;
import org.redress.core.reuse.ReferenceSource;
import org.redress.core.reuse.ReuseMatch;

/**
 * The group's reference material as the acting role may see it: a role that may not see the watch-list sees no
 * private reference source, document or passage, and is refused making a source private; passages on hidden
 * documents are left out. The comparisons' bookkeeping goes straight through.
 */
final class VisibleReuse implements ReuseStore {
    private final ReuseStore store;
    private final Visibility visibility;

    VisibleReuse(ReuseStore store, Visibility visibility) {
        this.store = store;
        this.visibility = visibility;
    }

    @Override
    public void markReference(long sourceId, boolean isPrivate) {
        if (isPrivate) Access.requireWatchList("the group's private references");
        try {
            store.markReference(sourceId, isPrivate);
        } finally {
            visibility.changed(); // its documents are hidden, or shown, at once
        }
    }

    @Override
    public List<ReferenceSource> referenceSources() {
        List<ReferenceSource> all = store.referenceSources();
        if (Access.seesWatchList()) return all;
        return all.stream().filter(r -> !r.isPrivate()).toList();
    }

    @Override
    public List<ReferenceDocument> references() {
        return visibility.visible(store.references(), ReferenceDocument::documentId);
    }

    @Override
    public List<RecordToCompare> recordsToCompare(long upToSeq, int limit) {
        return store.recordsToCompare(upToSeq, limit);
    }

    @Override
    public int replaceMatches(String documentId, long afterSeq, long upToSeq, List<ReuseMatch> matches) {
        return store.replaceMatches(documentId, afterSeq, upToSeq, matches);
    }

    @Override
    public List<ReuseMatch> matches() {
        List<ReuseMatch> all = store.matches();
        if (visibility.seesAll()) return all;
        var hidden = visibility.hiddenDocuments();
        return all.stream()
                .filter(m -> !hidden.contains(m.documentId()) && !hidden.contains(m.referenceDocumentId()))
                .toList();
    }

    @Override
    public Optional<ReuseMatch> match(String id) {
        return store.match(id)
                .filter(m -> !visibility.hides(m.documentId()) && !visibility.hides(m.referenceDocumentId()));
    }

    @Override
    public void forgetComparisons() {
        store.forgetComparisons();
    }

    /** The store belongs to the case; closing a view of it closes nothing. */
    @Override
    public void close() {}
}
