package org.redress.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.redress.core.search.SearchHit;
import org.redress.core.search.Snippet;

/**
 * Hits with a snippet of the page text. The text is re-analysed as English so that a match
 * on a stem ("arrests" for "arrested") is marked too; where that finds nothing, the folded
 * analysis is tried, and failing both the page's opening is shown.
 */
final class Highlights {
    private static final int SNIPPET_CHARS = 240;
    private static final Set<String> STORED = Set.of(
            PageFields.DOCUMENT_ID,
            PageFields.PAGE,
            PageFields.PATH,
            PageFields.TITLE,
            PageFields.DATE,
            PageFields.TYPE,
            PageFields.TEXT);
    private static final Set<String> METADATA = Set.of(
            PageFields.DOCUMENT_ID,
            PageFields.PAGE,
            PageFields.PATH,
            PageFields.TITLE,
            PageFields.DATE,
            PageFields.TYPE);
    private final UnifiedHighlighter english;
    private final UnifiedHighlighter folded;

    private final UnifiedHighlighter wholeEnglish;
    private final UnifiedHighlighter wholeFolded;

    private final Analyzer analyzer;

    Highlights(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.english = highlighter(analyzer, false);
        this.folded = highlighter(analyzer, false);
        this.wholeEnglish = highlighter(analyzer, true);
        this.wholeFolded = highlighter(analyzer, true);
    }

    /** The whole text as one passage with every match marked, keeping line breaks. */
    Snippet whole(Query query, String text) throws IOException {
        Object found = wholeEnglish.highlightWithoutSearcher(PageFields.TEXT_EN, query, text, 1);
        if (found instanceof Snippet s && hasMatch(s)) return s;
        found = wholeFolded.highlightWithoutSearcher(PageFields.TEXT, query, text, 1);
        if (found instanceof Snippet s && hasMatch(s)) return s;
        return Snippet.plain(text);
    }

    private static UnifiedHighlighter highlighter(Analyzer analyzer, boolean whole) {
        var builder = UnifiedHighlighter.builderWithoutSearcher(analyzer);
        if (whole) {
            // A page is marked for every word of the query it holds, even where the page does not
            // satisfy the whole query (page 1 has the name, page 2 the arrest): weight matches
            // would mark nothing on such a page.
            builder = builder.withBreakIterator(org.apache.lucene.search.uhighlight.WholeBreakIterator::new)
                    .withWeightMatches(false);
        }
        return builder.withFormatter(new SnippetFormatter(!whole))
                .withFieldMatcher(field -> true)
                .withMaxLength(200_000)
                .build();
    }

    List<SearchHit> hits(IndexSearcher searcher, Query query, ScoreDoc[] docs) throws IOException {
        Object[] fromPostings = fromPostings(searcher, query, docs);
        List<SearchHit> hits = new ArrayList<>(docs.length);
        var stored = searcher.storedFields();
        for (int i = 0; i < docs.length; i++) {
            Document doc = stored.document(docs[i].doc, STORED);
            String text = doc.get(PageFields.TEXT);
            Snippet snippet =
                    fromPostings[i] instanceof Snippet s && hasMatch(s) ? s : snippet(query, text == null ? "" : text);
            hits.add(hit(doc, docs[i], snippet));
        }
        return hits;
    }

    /** The same hits with an empty snippet: neither the page text is read nor anything highlighted. */
    List<SearchHit> bare(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        List<SearchHit> hits = new ArrayList<>(docs.length);
        var stored = searcher.storedFields();
        for (ScoreDoc sd : docs) hits.add(hit(stored.document(sd.doc, METADATA), sd, Snippet.plain("")));
        return hits;
    }

    private static SearchHit hit(Document doc, ScoreDoc sd, Snippet snippet) {
        IndexableField date = doc.getField(PageFields.DATE);
        return new SearchHit(
                doc.get(PageFields.DOCUMENT_ID),
                doc.getField(PageFields.PAGE).numericValue().intValue(),
                doc.get(PageFields.PATH),
                doc.get(PageFields.TITLE),
                date == null ? null : Instant.ofEpochMilli(date.numericValue().longValue()),
                doc.get(PageFields.TYPE),
                snippet,
                Float.isNaN(sd.score) ? 0f : sd.score);
    }

    /**
     * Snippets from the offsets stored in the index, with no re-analysis: the fast path, which
     * covers every page where the words match as typed. Pages matched only through a stem
     * ("arrests" for "arrested") get nothing here and are re-analysed by {@link #snippet}.
     */
    private Object[] fromPostings(IndexSearcher searcher, Query query, ScoreDoc[] docs) throws IOException {
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) ids[i] = docs[i].doc;
        ObjectHighlighter postings = new ObjectHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter(true))
                .withFieldMatcher(field -> true)
                .withMaxLength(200_000));
        Object[] found = postings.objects(PageFields.TEXT, query, ids);
        return found == null ? new Object[docs.length] : found;
    }

    /**
     * A hit's snippet from its text alone, as {@link #hits} gives it: the words as typed first (what the postings
     * give), then the stems, then the page's opening. For an index whose postings this process cannot read.
     */
    Snippet hitSnippet(Query query, String text) throws IOException {
        Object found = folded.highlightWithoutSearcher(PageFields.TEXT, TextClauses.of(query), text, 2);
        if (found instanceof Snippet s && hasMatch(s)) return s;
        return snippet(query, text);
    }

    Snippet snippet(Query typed, String text) throws IOException {
        Query query = TextClauses.of(typed);
        Object found = english.highlightWithoutSearcher(PageFields.TEXT_EN, query, text, 2);
        if (!(found instanceof Snippet s) || !hasMatch(s)) {
            found = folded.highlightWithoutSearcher(PageFields.TEXT, query, text, 2);
        }
        if (found instanceof Snippet s && hasMatch(s)) return s;
        String opening = text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS) + "…";
        return Snippet.plain(opening.replaceAll("\\s+", " ").trim());
    }

    private static boolean hasMatch(Snippet s) {
        return s.segments().stream().anyMatch(Snippet.Segment::match);
    }

    /** Gives the formatter's objects (snippets), which the highlighter keeps to subclasses. */
    private static final class ObjectHighlighter extends UnifiedHighlighter {
        ObjectHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Object[] objects(String field, Query query, int[] ids) throws IOException {
            return highlightFieldsAsObjects(new String[] {field}, query, ids, new int[] {2})
                    .get(field);
        }
    }
}
