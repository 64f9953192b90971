package org.redress.bench.names;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.redress.analysis.names.NameMatcher;
import org.redress.analysis.names.PageWords;
import org.redress.analysis.names.WatchListScreen;
import org.redress.analysis.names.WatchedPerson;
import org.redress.core.port.PageScreen;

/**
 * OpenSanctions' labelled person-name pairs (nomenklatura's contrib checks, ../shared/corpora/names) run as screening
 * runs: the candidate is the watched person, the query the page. Only pairs in the Latin script apply (the matcher does
 * not transliterate). The same selection as the analysis module's OpenSanctionsPairsTest.
 */
final class SanctionsPairs {
    record Pair(boolean match, String query, String candidate) {}

    private SanctionsPairs() {}

    static String report(Path checks, NameMatcher matcher) throws java.io.IOException {
        List<Pair> pairs = read(checks);
        int tp = 0, fp = 0, fn = 0, tn = 0, screenMisses = 0;
        for (Pair p : pairs) {
            WatchedPerson watched = new WatchedPerson("c", p.candidate(), List.of());
            PageScreen.Prepared screen =
                    new WatchListScreen().prepare(List.of(watched.screenWords(matcher.diminutives())));
            PageWords page = PageWords.of(p.query());
            boolean matched = matcher.find(watched, page).stream().anyMatch(h -> h.score() >= NameMatcher.THRESHOLD);
            boolean passed = screen.candidates(p.query()).contains("c");
            if (matched && !passed) screenMisses++;
            boolean found = matched && passed;
            if (found && p.match()) tp++;
            else if (found) fp++;
            else if (p.match()) fn++;
            else tn++;
        }
        return String.format(
                Locale.ROOT,
                "### Name matching on OpenSanctions' labelled pairs%n%n`%s`: %d person pairs in the Latin script (of"
                        + " the file's Person pairs with one name each side); screen then matcher at threshold %.2f:"
                        + " tp %d, fp %d, fn %d, tn %d: **precision %.3f, recall %.3f**. Pairs the screen hid from"
                        + " the matcher: %d. These pairs are sanctions-list names (Arabic, Slavic, Chinese names in"
                        + " Latin letters), most of which need transliteration or word-splitting that records of"
                        + " this field rarely need; the figure is kept to catch regressions, not as the target.%n",
                checks.getFileName(),
                pairs.size(),
                NameMatcher.THRESHOLD,
                tp,
                fp,
                fn,
                tn,
                tp / (double) Math.max(1, tp + fp),
                tp / (double) Math.max(1, tp + fn),
                screenMisses);
    }

    static List<Pair> read(Path checks) throws java.io.IOException {
        List<Pair> out = new ArrayList<>();
        Boolean match = null;
        String schema = null;
        String section = null;
        String query = null;
        String candidate = null;
        int names = 0;
        List<String> lines = new ArrayList<>(Files.readAllLines(checks, StandardCharsets.UTF_8));
        lines.add("- match: end");
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith("- match:")) {
                if (match != null
                        && "Person".equals(schema)
                        && query != null
                        && candidate != null
                        && names == 2
                        && latin(query)
                        && latin(candidate)) out.add(new Pair(match, query, candidate));
                match = t.endsWith("true");
                schema = null;
                query = null;
                candidate = null;
                names = 0;
            } else if (t.startsWith("schema:")) {
                schema = t.substring(7).strip();
            } else if (t.equals("query:") || t.equals("candidate:")) {
                section = t;
            } else if (t.startsWith("name:")) {
                names++;
                String v = t.substring(5).strip().replaceAll("^[\"']|[\"']$", "");
                if ("query:".equals(section)) query = v;
                else candidate = v;
            }
        }
        return out;
    }

    private static boolean latin(String s) {
        return s.codePoints()
                .filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }
}
