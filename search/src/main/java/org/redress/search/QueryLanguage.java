package org.redress.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;
import org.redress.core.search.PageSetFields;
import org.redress.core.search.Snippet;

/**
 * The query language, analysis and snippets of a case's search, for an index that is not this module's Lucene
 * index (the team server's OpenSearch): a typed search becomes the same Lucene query tree the embedded index runs,
 * which that index translates to its own terms, and a hit's text gets the same snippet.
 */
public final class QueryLanguage {
    private final Analyzer analyzer = Analyzers.perField();
    private final Highlights highlights = new Highlights(analyzer);
    private final PageSetFields pageSets;

    public QueryLanguage(PageSetFields pageSets) {
        this.pageSets = pageSets;
    }

    /** The typed search as a query tree (everything for an empty one or {@code *}); a syntax error is the user's. */
    public Query parse(String text) {
        return parse(analyzer, pageSets, text);
    }

    static Query parse(Analyzer analyzer, PageSetFields pageSets, String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty() || t.equals("*")) return new org.apache.lucene.search.MatchAllDocsQuery();
        try {
            return new CaseQueryParser(analyzer, pageSets).parse(t);
        } catch (ParseException e) {
            throw new InvalidQueryException(t, e);
        }
    }

    /**
     * The query kept to the request's facet values (a page-set field's value keeps the pages its store names), without
     * the documents the request excludes.
     */
    public Query filtered(Query query, org.redress.core.search.SearchQuery request) {
        return LuceneSearchIndex.filtered(query, request, pageSets);
    }

    /** The page-set fields the language knows ({@code person}, {@code entity}), for their facets. */
    public PageSetFields pageSets() {
        return pageSets;
    }

    /** A hit's snippet, as the embedded index gives it for the same page and query. */
    public Snippet snippet(Query query, String text) {
        try {
            return highlights.hitSnippet(query, text == null ? "" : text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole text with every word of the query marked ({@link org.redress.core.port.SearchIndex#mark}). */
    public Snippet mark(String query, String text) {
        if (query == null || query.isBlank()) return Snippet.plain(text);
        try {
            return highlights.whole(parse(query), text);
        } catch (InvalidQueryException e) {
            return Snippet.plain(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
