package org.redress.application.searches;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.redress.application.access.Access;
import org.redress.core.NotFound;
import org.redress.core.UserMistake;
import org.redress.core.port.SavedSearchStore;
import org.redress.core.port.SearchIndex;
import org.redress.core.search.PageRef;
import org.redress.core.search.SearchQuery;
import org.redress.core.searches.SavedSearch;
import org.redress.core.searches.SavedSearchHits;

/**
 * Saved searches and their alerts. A search is saved with the pages it matches that day counted as seen; after every
 * production {@link #refresh} runs each saved search over the whole index and records the pages it had never matched
 * as new (current hits minus those already known), so a page is announced once, whichever production brought it.
 */
public final class SavedSearchService {
    private static final int BATCH = 1000;
    private static final int LONGEST_NAME = 200;
    private final SavedSearchStore store;
    private final SearchIndex index;

    public SavedSearchService(SavedSearchStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    /** Saves a search under a name not yet taken (compared without case or extra spaces). */
    public SavedSearch save(String name, String query, Map<String, String> filters) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) throw new UserMistake("Give the saved search a name.");
        if (clean.length() > LONGEST_NAME)
            throw new UserMistake("A saved search's name is at most " + LONGEST_NAME + " characters.");
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) throw new UserMistake("There is no search to save: type one first.");
        Map<String, String> kept = new LinkedHashMap<>();
        if (filters != null)
            filters.forEach((k, v) -> {
                if (v != null && !v.isBlank()) kept.put(k, v.strip());
            });
        String key = clean.toLowerCase(Locale.ROOT);
        for (SavedSearch s : store.all()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(key))
                throw new UserMistake("There is already a saved search named '" + s.name() + "'.");
        }
        // Run first as the user: a query that cannot be understood, or that names what the role may not search (the
        // watch-list), is refused before anything is stored.
        SearchQuery asked = new SearchQuery(text, 0, 0, SearchQuery.Sort.RELEVANCE, kept);
        index.search(asked);
        // What it matches today is seen, on every page: the pages hidden from this role are not new to the others.
        Set<PageRef> now = Access.asCase(() -> matches(asked));
        return store.save(clean, text, kept, now);
    }

    /** Every saved search with its number of new hits, oldest first. */
    public List<SavedSearchHits> list() {
        Map<Long, Integer> counts = store.newCounts();
        return store.all().stream()
                .map(s -> new SavedSearchHits(s, counts.getOrDefault(s.id(), 0)))
                .toList();
    }

    /** The saved searches that have new hits: what the case's home page announces. */
    public List<SavedSearchHits> withNewHits() {
        return list().stream().filter(s -> s.newHits() > 0).toList();
    }

    public SavedSearch get(long id) {
        return store.find(id).orElseThrow(() -> new NotFound("There is no saved search number " + id + "."));
    }

    /** The pages a saved search newly matched, in the order they were found. */
    public List<PageRef> newHits(long id) {
        get(id);
        return store.newHits(id);
    }

    /** Marks new hits as reviewed (every one when {@code pages} is null); the number marked. */
    public int markSeen(long id, Collection<PageRef> pages) {
        get(id);
        return store.markSeen(id, pages);
    }

    public void delete(long id) {
        if (!store.delete(id)) throw new NotFound("There is no saved search number " + id + ".");
    }

    /** What a refresh found: new hits per saved search, and the searches that could not run. */
    public record Refresh(Map<String, Integer> newHits, List<String> failed) {
        public int total() {
            return newHits.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * Runs every saved search again and records the pages it newly matches. A search that no longer runs (a field
     * whose value is gone) is reported and skipped: the others still run. The new hits reported are those the acting
     * role may see.
     */
    public Refresh refresh() {
        // Over the whole corpus whoever asks: a role's view would record hidden documents as done with nothing.
        List<String> failed = new ArrayList<>();
        Map<SavedSearch, Set<PageRef>> added = Access.asCase(() -> refreshAll(failed));
        Map<String, Integer> found = new LinkedHashMap<>();
        added.forEach((s, pages) -> {
            long seen = store.newHits(s.id()).stream().filter(pages::contains).count();
            if (seen > 0) found.put(s.name(), (int) seen);
        });
        return new Refresh(found, failed);
    }

    /** The pages each search newly matched, recorded as its new hits. */
    private Map<SavedSearch, Set<PageRef>> refreshAll(List<String> failed) {
        Map<SavedSearch, Set<PageRef>> added = new LinkedHashMap<>();
        for (SavedSearch s : store.all()) {
            Set<PageRef> current;
            try {
                current = matches(s.toQuery(1));
            } catch (UserMistake e) {
                failed.add(s.name());
                continue;
            }
            current.removeAll(store.known(s.id()));
            if (!current.isEmpty() && store.addNew(s.id(), current) > 0) added.put(s, current);
        }
        return added;
    }

    /** Every page the query matches, in the index's order, with no ceiling. */
    private Set<PageRef> matches(SearchQuery query) {
        Set<PageRef> pages = new LinkedHashSet<>();
        index.scan(query, BATCH, false, hits -> hits.forEach(h -> pages.add(new PageRef(h.documentId(), h.page()))));
        return pages;
    }
}
