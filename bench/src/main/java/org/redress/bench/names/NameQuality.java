package org.redress.bench.names;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redress.analysis.names.NameHit;
import org.redress.analysis.names.NameMatcher;
import org.redress.analysis.names.PageWords;
import org.redress.analysis.names.WatchedPerson;
import org.redress.bench.names.LabelledPages.Page;
import org.redress.bench.names.Members.Member;
import org.redress.core.mentions.ScreenWords;
import org.redress.core.port.PageScreen;

/**
 * Precision and recall of screening over (page, watched person) pairs, as standing screening runs it: the fast screen
 * picks the candidates of a page, the matcher reads the page for each, and a pair is found when a hit reaches the
 * threshold. Also counts the pairs the screen left out although the matcher, run on every person, would have found
 * them (the screen must never say no too often).
 */
public final class NameQuality {
    /** Counts for one variant class. */
    public static final class Tally {
        public int pages;
        public int truePositives;
        public int falseNegatives;
        public int falsePositives;
        public final List<String> examples = new ArrayList<>();

        public double recall() {
            int p = truePositives + falseNegatives;
            return p == 0 ? Double.NaN : truePositives / (double) p;
        }
    }

    /** The whole run. */
    public record Result(
            Map<Variant, Tally> byClass, int pairs, int screenMisses, int candidatePairs, double threshold) {
        public int truePositives() {
            return byClass.values().stream().mapToInt(t -> t.truePositives).sum();
        }

        public int falsePositives() {
            return byClass.values().stream().mapToInt(t -> t.falsePositives).sum();
        }

        public int falseNegatives() {
            return byClass.values().stream().mapToInt(t -> t.falseNegatives).sum();
        }

        public double precision() {
            int found = truePositives() + falsePositives();
            return found == 0 ? Double.NaN : truePositives() / (double) found;
        }

        public double recall() {
            int p = truePositives() + falseNegatives();
            return p == 0 ? Double.NaN : truePositives() / (double) p;
        }
    }

    private NameQuality() {}

    /**
     * Runs the pages against the members. {@code checkScreen}: also run the matcher on every person of every page, to
     * count what the screen would have hidden (slower).
     */
    public static Result run(
            List<Member> members, List<Page> pages, NameMatcher matcher, PageScreen screen, boolean checkScreen) {
        return run(members, pages, matcher, screen, checkScreen, 8);
    }

    /** As above, keeping up to {@code examples} misses and false alarms of each class. */
    public static Result run(
            List<Member> members,
            List<Page> pages,
            NameMatcher matcher,
            PageScreen screen,
            boolean checkScreen,
            int examples) {
        Map<String, WatchedPerson> people = new LinkedHashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        List<ScreenWords> words = new ArrayList<>();
        for (Member m : members) {
            WatchedPerson p = new WatchedPerson(m.key(), m.name(), m.aliases());
            people.put(m.key(), p);
            written.put(m.key(), m.name() + (m.aliases().isEmpty() ? "" : " " + m.aliases()));
            words.add(p.screenWords(matcher.diminutives()));
        }
        PageScreen.Prepared prepared = screen.prepare(words);
        Map<Variant, Tally> byClass = new EnumMap<>(Variant.class);
        for (Variant v : Variant.values()) byClass.put(v, new Tally());
        int misses = 0;
        int candidatePairs = 0;
        for (Page page : pages) {
            Tally t = byClass.get(page.variant());
            t.pages++;
            PageWords pw = PageWords.of(page.text(), page.ocr());
            Set<String> candidates = prepared.candidates(page.text(), page.ocr());
            candidatePairs += candidates.size();
            Set<String> found = new HashSet<>();
            for (String key : candidates) {
                if (counts(matcher.find(people.get(key), pw))) found.add(key);
            }
            if (checkScreen) {
                for (WatchedPerson p : people.values()) {
                    if (!candidates.contains(p.key()) && !matcher.find(p, pw).isEmpty()) misses++;
                }
            }
            String truth = page.mentions();
            if (truth != null) {
                if (found.contains(truth)) t.truePositives++;
                else {
                    t.falseNegatives++;
                    example(
                            t,
                            examples,
                            "missed " + page.planted().replace("\n", "\\n") + " (" + written.get(truth) + ")");
                }
            }
            for (String key : found) {
                if (key.equals(truth)) continue;
                t.falsePositives++;
                example(
                        t,
                        examples,
                        "wrongly found " + key + " in " + page.planted().replace("\n", "\\n"));
            }
        }
        return new Result(byClass, pages.size() * members.size(), misses, candidatePairs, NameMatcher.THRESHOLD);
    }

    private static boolean counts(List<NameHit> hits) {
        return hits.stream().anyMatch(h -> h.score() >= NameMatcher.THRESHOLD);
    }

    private static void example(Tally t, int examples, String s) {
        if (t.examples.size() < examples) t.examples.add(s);
    }
}
