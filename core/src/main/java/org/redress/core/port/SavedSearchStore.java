package org.redress.core.port;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redress.core.search.PageRef;
import org.redress.core.searches.SavedSearch;

/**
 * The saved searches of a case and, for each, the pages it has matched: seen (matched when it was saved, or reviewed)
 * or new (matched first after a later production). Every write is atomic.
 */
public interface SavedSearchStore extends AutoCloseable {

    /** Keeps a new search, with the pages it matches today recorded as seen (only later matches are new). */
    SavedSearch save(String name, String query, Map<String, String> filters, Collection<PageRef> matchedNow);

    /** Every saved search, oldest first. */
    List<SavedSearch> all();

    Optional<SavedSearch> find(long id);

    /** Forgets a saved search and its hits; false when there was none. */
    boolean delete(long id);

    /** Every page the search has matched, seen or new. */
    Set<PageRef> known(long id);

    /** Records pages the search matches for the first time as new; pages already known are left as they are. */
    int addNew(long id, Collection<PageRef> pages);

    /** The new pages of a search, in the order they were found. */
    List<PageRef> newHits(long id);

    /** The number of new pages per saved search (searches without any are left out). */
    Map<Long, Integer> newCounts();

    /** Marks pages of a search as seen (every new one when {@code pages} is null); the number marked. */
    int markSeen(long id, Collection<PageRef> pages);

    @Override
    void close();
}
