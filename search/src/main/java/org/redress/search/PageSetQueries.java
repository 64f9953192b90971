package org.redress.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.redress.core.search.PageRef;
import org.redress.core.search.PageSetField;
import org.redress.core.search.SearchResult;

/**
 * Page-set fields in Lucene: a set of pages becomes a filter on the pages' ids, and a field's facet is one count per
 * value of the query's hits among that value's pages.
 */
final class PageSetQueries {
    private static final int TOP = 20;

    private PageSetQueries() {}

    /** The pages as a query (constant score); none matches nothing. */
    static Query pages(Set<PageRef> pages) {
        if (pages.isEmpty()) return new MatchNoDocsQuery("no page");
        List<BytesRef> ids = new ArrayList<>(pages.size());
        for (PageRef p : pages) ids.add(new BytesRef(PageDocuments.pageId(p.documentId(), p.page())));
        return new TermInSetQuery(PageFields.ID, ids);
    }

    /** {@code query} kept to the pages. */
    static Query within(Query query, Set<PageRef> pages) {
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(pages(pages), BooleanClause.Occur.FILTER)
                .build();
    }

    /** How many hits of {@code query} each value of the field names: the largest first, values without any left out. */
    static List<SearchResult.FacetCount> facet(IndexSearcher searcher, Query query, PageSetField field)
            throws IOException {
        List<SearchResult.FacetCount> counts = new ArrayList<>();
        for (Map.Entry<String, Set<PageRef>> v : field.values().entrySet()) {
            if (v.getValue().isEmpty()) continue;
            int n = searcher.count(within(query, v.getValue()));
            if (n > 0) counts.add(new SearchResult.FacetCount(v.getKey(), n));
        }
        counts.sort(Comparator.comparingLong(SearchResult.FacetCount::count)
                .reversed()
                .thenComparing(SearchResult.FacetCount::value));
        return counts.size() > TOP ? List.copyOf(counts.subList(0, TOP)) : counts;
    }
}
