package org.redress.search;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * A query as the highlighter sees one page's text alone: clauses on other fields (date:, person:, a facet filter)
 * match everything, since the page is a hit and met them already, and a word of another field (to:skean) is looked
 * for in the text, as the highlighter over the index's postings does. Left in, a required date range matched
 * nothing in the page's text and the snippet lost every mark ("market AND date:[* TO 2001]").
 */
final class TextClauses {
    private static final Set<String> TEXT = Set.of(PageFields.TEXT, PageFields.TEXT_EN, PageFields.TEXT_ES);

    private TextClauses() {}

    static Query of(Query query) {
        if (query instanceof BooleanQuery b) {
            BooleanQuery.Builder out =
                    new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) out.add(of(c.getQuery()), c.getOccur());
            return out.build();
        }
        if (query instanceof BoostQuery b) return new BoostQuery(of(b.getQuery()), b.getBoost());
        if (onText(query)) return query;
        // The embedded index marks a word of from:, to:, subject: ... where the page text has it too.
        if (query instanceof TermQuery t && !t.getTerm().field().startsWith(PageDocuments.FACET_FILTER_PREFIX))
            return new TermQuery(new Term(PageFields.TEXT, t.getTerm().bytes()));
        return new MatchAllDocsQuery();
    }

    private static boolean onText(Query leaf) {
        Set<String> fields = new HashSet<>();
        leaf.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }
        });
        return fields.stream().anyMatch(TEXT::contains);
    }
}
