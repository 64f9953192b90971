package org.redress.application.access;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.redress.core.port.SearchIndex;
import org.redress.core.search.IndexedDocument;
import org.redress.core.search.SearchHit;
import org.redress.core.search.SearchQuery;
import org.redress.core.search.SearchResult;
import org.redress.core.search.Snippet;

/**
 * The case's search as the acting role may see it: every search and scan excludes the hidden documents at query time
 * (the index filters them, so hits, totals and facets agree; nothing is indexed again), and the number of pages
 * indexed is of the pages the role may find.
 */
final class VisibleIndex implements SearchIndex {
    /** Every page, counted only (no hit wanted). */
    private static final SearchQuery EVERY_PAGE = SearchQuery.of("*", 0);

    private final SearchIndex index;
    private final Visibility visibility;

    VisibleIndex(SearchIndex index, Visibility visibility) {
        this.index = index;
        this.visibility = visibility;
    }

    @Override
    public void index(IndexedDocument document) {
        index.index(document);
    }

    @Override
    public void deleteAll() {
        index.deleteAll();
    }

    @Override
    public void commit() {
        index.commit();
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return index.search(query.excluding(visibility.hiddenDocuments()));
    }

    @Override
    public long pageCount() {
        Set<String> hidden = visibility.hiddenDocuments();
        if (hidden.isEmpty()) return index.pageCount();
        return index.search(EVERY_PAGE.excluding(hidden)).total();
    }

    @Override
    public void scan(SearchQuery query, int batchSize, boolean snippets, Consumer<List<SearchHit>> batch) {
        index.scan(query.excluding(visibility.hiddenDocuments()), batchSize, snippets, batch);
    }

    @Override
    public Snippet mark(String query, String text) {
        return index.mark(query, text);
    }

    /** The index belongs to the case; closing a view of it closes nothing. */
    @Override
    public void close() {}
}
