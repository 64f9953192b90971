package org.redress.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.redress.core.port.SearchIndex;
import org.redress.core.search.SearchHit;
import org.redress.core.search.SearchQuery;
import org.redress.core.search.SearchResult;

/**
 * The golden queries side by side: the same query on the embedded index and the server's, totals and top five. The
 * queries have the fourteen shapes of search-opensearch's GoldenQueriesTest (a word, AND, a phrase, proximity, a
 * wildcard, a misspelling, NOT, a group, header fields, a date range, an open date range, OR with a phrase, all), with
 * this corpus's words where that test has the Enron sample's. The top five are compared as a set, and a hit tied in
 * score with the embedded sixth may be swapped for another such: Lucene breaks ties by insertion, OpenSearch by id.
 */
final class GoldenQueries {
    static final List<String> QUERIES = List.of(
            "surveillance",
            "informant AND meeting",
            "\"press conference\"",
            "\"vehicle registration\"~3",
            "investigat*",
            "informnt~",
            "protest NOT arrest",
            "(detention OR detainer) AND immigration",
            "from:smvb.example.gov AND subject:report",
            "to:reo.example.gov",
            "date:[2016-01-01 TO 2016-06-30]",
            "lawsuit AND date:[* TO 2017-12-31]",
            "warrant OR \"social media\"",
            "*");
    static final int TOP = 5;

    private GoldenQueries() {}

    /** Each golden query on both indexes; relevance order, as a person searches. */
    static List<Comparison> compare(SearchIndex embedded, SearchIndex server) {
        List<Comparison> out = new ArrayList<>();
        for (String q : QUERIES) {
            SearchResult e = embedded.search(new SearchQuery(q, TOP + 1, 0, SearchQuery.Sort.RELEVANCE, Map.of()));
            SearchResult s = server.search(new SearchQuery(q, TOP, 0, SearchQuery.Sort.RELEVANCE, Map.of()));
            out.add(new Comparison(q, e.total(), s.total(), e.hits(), s.hits()));
        }
        return out;
    }

    /** A query's answers from both sides and whether they agree. */
    record Comparison(
            String query, long embeddedTotal, long serverTotal, List<SearchHit> embedded, List<SearchHit> server) {
        boolean agrees() {
            return embeddedTotal == serverTotal && sameTop(embedded, server);
        }

        /** The same five (or fewer) hits, in any order, with no tie needed to explain a difference. */
        boolean sameSet() {
            return new HashSet<>(embeddedTop()).equals(new HashSet<>(serverTop()));
        }

        List<String> embeddedTop() {
            return ids(embedded.subList(0, Math.min(TOP, embedded.size())));
        }

        List<String> serverTop() {
            return ids(server);
        }
    }

    /**
     * Whether the server's top five are the embedded top five as a set, up to ties: {@code embedded} holds up to six
     * hits, and one of its first five with the sixth's score may be replaced by any hit of the server's.
     */
    static boolean sameTop(List<SearchHit> embedded, List<SearchHit> server) {
        List<SearchHit> five = embedded.subList(0, Math.min(TOP, embedded.size()));
        if (server.size() != five.size()) return false;
        Set<String> serverIds = new HashSet<>(ids(server));
        float cut = embedded.size() > TOP ? embedded.get(TOP).score() : Float.NaN; // NaN equals no score
        for (SearchHit h : five) {
            boolean tied = h.score() == cut;
            if (!tied && !serverIds.contains(key(h))) return false;
        }
        return true;
    }

    static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(GoldenQueries::key).toList();
    }

    static String key(SearchHit h) {
        return shortId(h.documentId()) + "/p" + h.page();
    }

    /** A document id as the table shows it: a generated page's document number, else the hash's first ten digits. */
    static String shortId(String id) {
        if (id.length() == 64 && id.endsWith("0".repeat(48))) return "d" + Long.parseLong(id.substring(0, 16), 16);
        return id.substring(0, Math.min(10, id.length()));
    }

    /** The side-by-side table, and one line saying whether all agree. */
    static String table(List<Comparison> rows, String embeddedName, String serverName) {
        StringBuilder md = new StringBuilder();
        md.append("| query | total ")
                .append(embeddedName)
                .append(" | total ")
                .append(serverName)
                .append(" | top 5 ")
                .append(embeddedName)
                .append(" | top 5 ")
                .append(serverName)
                .append(" | agree |\n|---|---|---|---|---|---|\n");
        int agreeing = 0;
        for (Comparison c : rows) {
            if (c.agrees()) agreeing++;
            md.append(String.format(
                    Locale.ROOT,
                    "| `%s` | %,d | %,d | %s | %s | %s |%n",
                    c.query().replace("|", "\\|"),
                    c.embeddedTotal(),
                    c.serverTotal(),
                    String.join(" ", c.embeddedTop()),
                    String.join(" ", c.serverTop()),
                    !c.agrees() ? "**no**" : c.sameSet() ? "yes" : "yes (hits tied in score swapped)"));
        }
        md.append(String.format(
                Locale.ROOT,
                "%n**%s: %d of %d golden queries give the same total and the same top 5 on both sides.**%n",
                agreeing == rows.size() ? "They agree" : "They do NOT all agree",
                agreeing,
                rows.size()));
        return md.toString();
    }
}
