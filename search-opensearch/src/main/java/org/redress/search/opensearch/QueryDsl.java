package org.redress.search.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;

/**
 * A parsed query ({@link org.redress.search.QueryLanguage}) in OpenSearch's query DSL, clause for clause. The terms
 * are already analysed by the parser, and the index analyses its fields with the same filters, so each becomes an
 * exact {@code term} (a phrase keeps its terms through a whitespace analyzer): nothing is analysed twice, and the
 * two indexes match the same pages.
 */
final class QueryDsl {
    private QueryDsl() {}

    static ObjectNode of(Query query) {
        ObjectNode out = OpenSearchCluster.JSON.createObjectNode();
        if (query instanceof BooleanQuery b) bool(out.putObject("bool"), b);
        else if (query instanceof BoostQuery b) {
            ObjectNode bool = out.putObject("bool");
            bool.putArray("must").add(of(b.getQuery()));
            bool.put("boost", b.getBoost());
        } else if (query instanceof TermQuery t) {
            out.putObject("term")
                    .putObject(t.getTerm().field())
                    .put("value", t.getTerm().text());
        } else if (query instanceof PhraseQuery p) phrase(out, p);
        else if (query instanceof WildcardQuery w) term(out, "wildcard", w.getTerm());
        else if (query instanceof PrefixQuery p) term(out, "prefix", p.getPrefix());
        else if (query instanceof RegexpQuery r) term(out, "regexp", r.getRegexp());
        else if (query instanceof FuzzyQuery f) {
            out.putObject("fuzzy")
                    .putObject(f.getTerm().field())
                    .put("value", f.getTerm().text())
                    .put("fuzziness", Integer.toString(f.getMaxEdits()))
                    .put("prefix_length", f.getPrefixLength())
                    .put("transpositions", f.getTranspositions());
        } else if (query instanceof TermRangeQuery r) termRange(out, r);
        else if (query instanceof PointRangeQuery r) pointRange(out, r);
        else if (query instanceof TermInSetQuery s) terms(out, s);
        else if (query instanceof ConstantScoreQuery c)
            out.putObject("constant_score").set("filter", of(c.getQuery()));
        else if (query instanceof MatchAllDocsQuery) out.putObject("match_all");
        else if (query instanceof MatchNoDocsQuery) out.putObject("match_none");
        else
            throw new IllegalStateException(
                    "no OpenSearch form for a " + query.getClass().getSimpleName());
        return out;
    }

    private static void bool(ObjectNode bool, BooleanQuery b) {
        boolean positive = false;
        for (BooleanClause c : b.clauses()) {
            String occur = switch (c.getOccur()) {
                case MUST -> "must";
                case SHOULD -> "should";
                case FILTER -> "filter";
                case MUST_NOT -> "must_not";
            };
            positive |= c.getOccur() != BooleanClause.Occur.MUST_NOT;
            ArrayNode list = bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur);
            list.add(of(c.getQuery()));
        }
        // Lucene matches nothing with exclusions alone ("NOT x"); OpenSearch would match everything else.
        if (!positive)
            bool.putArray("must")
                    .add(OpenSearchCluster.JSON
                            .createObjectNode()
                            .set("match_none", OpenSearchCluster.JSON.createObjectNode()));
        if (b.getMinimumNumberShouldMatch() > 0) bool.put("minimum_should_match", b.getMinimumNumberShouldMatch());
    }

    private static void term(ObjectNode out, String kind, Term term) {
        out.putObject(kind).putObject(term.field()).put("value", term.text());
    }

    private static void phrase(ObjectNode out, PhraseQuery p) {
        Term[] terms = p.getTerms();
        int[] positions = p.getPositions();
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < terms.length; i++) {
            // The analyzers drop no words, so positions follow one another; a gap would be lost below.
            if (i > 0 && positions[i] != positions[i - 1] + 1)
                throw new IllegalStateException("a phrase with a gap between its words has no OpenSearch form here");
            if (i > 0) words.append(' ');
            words.append(terms[i].text());
        }
        String field = terms.length == 0 ? "text" : terms[0].field();
        out.putObject("match_phrase")
                .putObject(field)
                .put("query", words.toString())
                .put("analyzer", PageMapping.TERMS)
                .put("slop", p.getSlop());
    }

    private static void termRange(ObjectNode out, TermRangeQuery r) {
        ObjectNode range = out.putObject("range").putObject(r.getField());
        if (r.getLowerTerm() != null)
            range.put(r.includesLower() ? "gte" : "gt", r.getLowerTerm().utf8ToString());
        if (r.getUpperTerm() != null)
            range.put(r.includesUpper() ? "lte" : "lt", r.getUpperTerm().utf8ToString());
    }

    /** The only points the parser makes are the date's (epoch milliseconds, both ends included). */
    private static void pointRange(ObjectNode out, PointRangeQuery r) {
        if (r.getNumDims() != 1 || r.getBytesPerDim() != Long.BYTES)
            throw new IllegalStateException("no OpenSearch form for a point range on " + r.getField());
        long low = LongPoint.decodeDimension(r.getLowerPoint(), 0);
        long high = LongPoint.decodeDimension(r.getUpperPoint(), 0);
        ObjectNode range = out.putObject("range").putObject(r.getField());
        if (low != Long.MIN_VALUE) range.put("gte", low);
        if (high != Long.MAX_VALUE) range.put("lte", high);
    }

    private static void terms(ObjectNode out, TermInSetQuery s) {
        ArrayNode values = out.putObject("terms").putArray(s.getField());
        try {
            BytesRefIterator it = s.getBytesRefIterator();
            for (BytesRef v = it.next(); v != null; v = it.next()) values.add(v.utf8ToString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
