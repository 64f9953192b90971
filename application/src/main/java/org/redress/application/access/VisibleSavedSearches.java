package org.redress.application.access;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redress.core.port.SavedSearchStore;
import org.redress.core.search.PageRef;
import org.redress.core.searches.SavedSearch;

/**
 * The saved searches as the acting role may see them: their new hits, and the numbers of them, leave out the hidden
 * documents' pages, and reviewing them ("seen") marks only pages the role was shown, so the others stay new for whoever
 * may see them. What a search has matched ({@link #known}) and the refresh that records it go straight through: they
 * are the case's bookkeeping over its whole corpus.
 */
final class VisibleSavedSearches implements SavedSearchStore {
    private final SavedSearchStore store;
    private final Visibility visibility;

    VisibleSavedSearches(SavedSearchStore store, Visibility visibility) {
        this.store = store;
        this.visibility = visibility;
    }

    @Override
    public SavedSearch save(String name, String query, Map<String, String> filters, Collection<PageRef> matchedNow) {
        return store.save(name, query, filters, matchedNow);
    }

    @Override
    public List<SavedSearch> all() {
        return store.all();
    }

    @Override
    public Optional<SavedSearch> find(long id) {
        return store.find(id);
    }

    @Override
    public boolean delete(long id) {
        return store.delete(id);
    }

    @Override
    public Set<PageRef> known(long id) {
        return store.known(id);
    }

    @Override
    public int addNew(long id, Collection<PageRef> pages) {
        return store.addNew(id, pages);
    }

    @Override
    public List<PageRef> newHits(long id) {
        return visibility.visible(store.newHits(id), PageRef::documentId);
    }

    @Override
    public Map<Long, Integer> newCounts() {
        if (visibility.hiddenDocuments().isEmpty()) return store.newCounts();
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (Long id : store.newCounts().keySet()) {
            int visible = newHits(id).size();
            if (visible > 0) counts.put(id, visible);
        }
        return counts;
    }

    @Override
    public int markSeen(long id, Collection<PageRef> pages) {
        Set<String> hidden = visibility.hiddenDocuments();
        if (hidden.isEmpty()) return store.markSeen(id, pages);
        List<PageRef> shown = pages == null
                ? newHits(id)
                : pages.stream().filter(p -> !hidden.contains(p.documentId())).toList();
        return shown.isEmpty() ? 0 : store.markSeen(id, shown);
    }

    /** The store belongs to the case; closing a view of it closes nothing. */
    @Override
    public void close() {}
}
