package org.redress.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redress.core.search.SearchQuery;

/** The search benchmark's query mix (ten kinds, as people type them) and the plain scan that stands as the baseline. */
final class SearchQueries {
    private SearchQueries() {}

    /** One query: its text as typed, optional facet filter and sort, and the literal terms a plain scan looks for. */
    record Q(
            String kind,
            String text,
            Map<String, String> filters,
            SearchQuery.Sort sort,
            List<String> terms,
            List<Pattern> patterns) {
        SearchQuery request(int limit) {
            return new SearchQuery(text, limit, 0, sort, filters);
        }

        String describe() {
            return text
                    + (filters.isEmpty() ? "" : " " + filters)
                    + (sort == SearchQuery.Sort.RELEVANCE ? "" : " sort=" + sort);
        }
    }

    static List<Q> queries(Prose prose, int n) {
        List<Q> out = new ArrayList<>(n);
        SplittableRandom r = prose.random();
        String[] kinds = {
            "word", "words", "phrase", "proximity", "wildcard", "fuzzy", "field", "date-range", "facet-filter", "name"
        };
        for (int i = 0; i < n; i++) {
            String kind = kinds[i % kinds.length];
            String[] v = r.nextInt(10) < 3 ? Prose.ES : Prose.EN;
            String w1 = midWord(r, v);
            String w2 = midWord(r, v);
            Q q = switch (kind) {
                case "word" -> new Q(kind, w1, Map.of(), SearchQuery.Sort.RELEVANCE, List.of(w1), List.of());
                case "words" ->
                    new Q(kind, w1 + " " + w2, Map.of(), SearchQuery.Sort.RELEVANCE, List.of(w1, w2), List.of());
                case "phrase" -> {
                    String[] pair = adjacent(prose, v == Prose.ES);
                    yield new Q(
                            kind,
                            "\"" + pair[0] + " " + pair[1] + "\"",
                            Map.of(),
                            SearchQuery.Sort.RELEVANCE,
                            List.of(pair[0] + " " + pair[1]),
                            List.of());
                }
                case "proximity" ->
                    new Q(
                            kind,
                            "\"" + w1 + " " + w2 + "\"~5",
                            Map.of(),
                            SearchQuery.Sort.RELEVANCE,
                            List.of(w1, w2),
                            List.of());
                case "wildcard" -> {
                    String stem = w1.length() > 4 ? w1.substring(0, 4) : w1;
                    yield new Q(
                            kind,
                            stem + "*",
                            Map.of(),
                            SearchQuery.Sort.RELEVANCE,
                            List.of(),
                            List.of(Pattern.compile("\\b" + Pattern.quote(stem) + "\\w*")));
                }
                case "fuzzy" -> {
                    String typo = w1.length() > 3
                            ? w1.substring(0, w1.length() - 2) + w1.charAt(w1.length() - 1) + w1.charAt(w1.length() - 2)
                            : w1 + "x";
                    yield new Q(kind, typo + "~", Map.of(), SearchQuery.Sort.RELEVANCE, List.of(w1), List.of());
                }
                case "field" ->
                    r.nextBoolean()
                            ? new Q(kind, "subject:" + w1, Map.of(), SearchQuery.Sort.RELEVANCE, List.of(w1), List.of())
                            : new Q(
                                    kind,
                                    "type:email " + w1,
                                    Map.of(),
                                    SearchQuery.Sort.RELEVANCE,
                                    List.of(w1),
                                    List.of());
                case "date-range" -> {
                    int year = 2014 + r.nextInt(7);
                    yield new Q(
                            kind,
                            w1 + " date:[" + year + "-01-01 TO " + year + "-06-30]",
                            Map.of(),
                            SearchQuery.Sort.DATE_DESC,
                            List.of(w1),
                            List.of());
                }
                case "facet-filter" ->
                    new Q(
                            kind,
                            w1 + " " + w2,
                            Map.of("type", r.nextBoolean() ? "email" : "pdf"),
                            SearchQuery.Sort.RELEVANCE,
                            List.of(w1, w2),
                            List.of());
                default -> {
                    String first = Prose.FIRST[r.nextInt(Prose.FIRST.length)];
                    String last = Prose.LAST[r.nextInt(Prose.LAST.length)];
                    yield new Q(
                            "name",
                            "\"" + first + " " + last + "\"",
                            Map.of(),
                            SearchQuery.Sort.RELEVANCE,
                            List.of((first + " " + last).toLowerCase(Locale.ROOT)),
                            List.of());
                }
            };
            out.add(q);
        }
        return out;
    }

    /** A word from the middle and rare end of the vocabulary (the commonest few are stop-word-like). */
    private static String midWord(SplittableRandom r, String[] v) {
        return v[20 + r.nextInt(v.length - 20)];
    }

    /** Two words that stand next to each other in generated prose, so phrase queries can match. */
    private static String[] adjacent(Prose prose, boolean es) {
        String[] words = prose.text(12, es)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[.\\n]", " ")
                .trim()
                .split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].matches("\\p{L}{4,}") && words[i + 1].matches("\\p{L}{4,}"))
                return new String[] {words[i], words[i + 1]};
        }
        return new String[] {words[0], words[1]};
    }

    /** Pages whose lower-cased text contains every term and matches every pattern. */
    static long scanCount(String[] texts, Q q) {
        long n = 0;
        Matcher[] ms = q.patterns().stream().map(p -> p.matcher("")).toArray(Matcher[]::new);
        outer:
        for (String t : texts) {
            if (t == null) continue;
            for (String term : q.terms()) if (!t.contains(term)) continue outer;
            for (Matcher m : ms) if (!m.reset(t).find()) continue outer;
            n++;
        }
        return n;
    }
}
