package org.redress.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.redress.core.search.SearchResult;

/** Counts of type, source, sender domain and year over all hits of a search. */
final class FacetCounter {
    private static final int TOP = 20;
    private IndexReader stateReader;
    private SortedSetDocValuesReaderState state;

    Map<String, List<SearchResult.FacetCount>> count(IndexSearcher searcher, FacetsCollector collector)
            throws IOException {
        SortedSetDocValuesReaderState readerState = state(searcher.getIndexReader());
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        if (readerState == null) return out;
        Facets facets = new SortedSetDocValuesFacetCounts(readerState, collector);
        for (String dimension : PageDocuments.FACETS) {
            List<SearchResult.FacetCount> counts = new ArrayList<>();
            try {
                FacetResult result = facets.getTopChildren(TOP, dimension);
                if (result != null) {
                    for (LabelAndValue lv : result.labelValues)
                        counts.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
                }
            } catch (IllegalArgumentException noSuchDimension) {
                // no document of this case has the dimension yet (no email, no dates)
            }
            out.put(dimension, counts);
        }
        return out;
    }

    /** The ordinal map is costly to build: keep it for as long as the reader is the same. */
    private synchronized SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        if (reader != stateReader) {
            stateReader = reader;
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, PageDocuments.facetsConfig());
            } catch (IllegalArgumentException emptyIndex) {
                state = null;
            }
        }
        return state;
    }
}
