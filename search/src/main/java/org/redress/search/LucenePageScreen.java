package org.redress.search;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.redress.core.mentions.ScreenWords;
import org.redress.core.port.PageScreen;

/**
 * The first pass of screening with Lucene: each page goes into a {@link MemoryIndex} of its own, folded as the search
 * index folds it, and every watched person's query (their aliases as words, their surnames within one or two edits,
 * and their surnames inside a word, for email addresses) runs against it. A word broken by a hyphen at the end of a
 * line is joined first, as the precise matcher joins it.
 */
public final class LucenePageScreen implements PageScreen {
    private static final String FIELD = "text";
    private static final Pattern LINE_BREAK_HYPHEN = Pattern.compile("(\\p{L})-[ \\t]*\\r?\\n[ \\t]*(\\p{Ll})");

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected Reader initReader(String field, Reader reader) {
            return new PatternReplaceCharFilter(LINE_BREAK_HYPHEN, "$1$2", reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, result);
        }
    };

    @Override
    public Prepared prepare(List<ScreenWords> people) {
        List<String> keys = new ArrayList<>();
        List<Query> queries = new ArrayList<>();
        for (ScreenWords p : people) {
            BooleanQuery.Builder q = new BooleanQuery.Builder();
            int clauses = 0;
            for (String w : p.exact()) {
                q.add(new TermQuery(new Term(FIELD, w)), BooleanClause.Occur.SHOULD);
                clauses++;
            }
            for (String w : p.fuzzy()) {
                // The matcher allows two edits from eight letters and one from four: never more than this.
                int edits = w.length() >= 8 ? 2 : w.length() >= 4 ? 1 : 0;
                q.add(
                        edits == 0 ? new TermQuery(new Term(FIELD, w)) : new FuzzyQuery(new Term(FIELD, w), edits, 0),
                        BooleanClause.Occur.SHOULD);
                clauses++;
            }
            for (String w : p.contained()) {
                if (w.isEmpty() || w.contains("*") || w.contains("?")) continue;
                q.add(new WildcardQuery(new Term(FIELD, "*" + w + "*")), BooleanClause.Occur.SHOULD);
                clauses++;
            }
            if (clauses == 0) continue;
            keys.add(p.key());
            queries.add(q.build());
        }
        return text -> {
            MemoryIndex page = new MemoryIndex();
            page.addField(FIELD, text == null ? "" : text, analyzer);
            Set<String> out = new LinkedHashSet<>();
            for (int i = 0; i < queries.size(); i++) {
                if (page.search(queries.get(i)) > 0) out.add(keys.get(i));
            }
            return out;
        };
    }
}
