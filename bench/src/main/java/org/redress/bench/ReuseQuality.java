package org.redress.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.analysis.reuse.FoldedWords;
import org.redress.analysis.reuse.ReuseFinder;
import org.redress.core.reuse.MatchKind;

/**
 * Passage recall and precision of the reuse matcher on a {@link ReuseCorpus} set, by character error rate. Each
 * reference is quoted once per noise level (verbatim, trimmed, or re-wrapped and re-cased, in turn, then damaged),
 * once reworded, and has one look-alike record that quotes nothing. A passage found is right when it names the quoted
 * reference and overlaps the inserted quotation; precision counts every passage of the look-alikes against each level.
 */
public final class ReuseQuality {
    public static final double[] LEVELS = {0, 0.05, 0.10, 0.15, 0.20};

    /** One inserted quotation (or none, for a look-alike): its record page and where it is. */
    record Record(String page, int reference, int start, int end, int quotedWords, String variant) {}

    /** Figures of one group of records. */
    public record Row(
            String group,
            int quotes,
            int found,
            int passages,
            int right,
            double recall,
            double precision,
            int boundsExact,
            String kinds) {}

    public record Result(List<Row> rows, double minRecallTo15, double minPrecisionTo15, long millis) {}

    public static Result run(long seed, int references, int minWords) {
        ReuseCorpus corpus = new ReuseCorpus(seed);
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < references; i++)
            refs.add(corpus.passage(40 + corpus.random().nextInt(100)));
        Map<String, List<Record>> groups = new LinkedHashMap<>();
        for (double level : LEVELS) {
            List<Record> records = new ArrayList<>();
            for (int i = 0; i < references; i++) {
                String ref = refs.get(i);
                int variant = i % 3;
                String quote = ref;
                String name = "verbatim";
                int words = ref.split("\\s+").length;
                if (variant == 1) {
                    int dropStart = Math.min(8, Math.max(0, words - 40) / 2);
                    int dropEnd = Math.min(8, Math.max(0, words - 40 - dropStart));
                    quote = ReuseCorpus.trim(ref, dropStart, dropEnd);
                    words -= dropStart + dropEnd;
                    name = "trimmed";
                } else if (variant == 2) {
                    quote = corpus.rewrap(ref, 50 + corpus.random().nextInt(30));
                    name = "re-wrapped";
                }
                records.add(insert(corpus, corpus.damage(quote, level), i, words, name));
            }
            groups.put("CER " + Math.round(level * 100) + " %", records);
        }
        List<Record> reworded = new ArrayList<>();
        List<Record> lookAlikes = new ArrayList<>();
        for (int i = 0; i < references; i++) {
            reworded.add(insert(
                    corpus, corpus.paraphrase(refs.get(i)), i, refs.get(i).split("\\s+").length, "reworded"));
            String page = corpus.filler(80) + "\n\n" + corpus.lookAlike(refs.get(i)) + "\n\n" + corpus.filler(80);
            lookAlikes.add(new Record(page, -1, 0, 0, 0, "look-alike"));
        }
        long t0 = System.nanoTime();
        ReuseFinder finder = new ReuseFinder(refs.stream().map(FoldedWords::of).toList(), minWords);
        ReuseFinder.Matcher matcher = finder.matcher();
        int falseInLookAlikes = 0;
        for (Record r : lookAlikes)
            falseInLookAlikes += matcher.find(FoldedWords.of(r.page())).size();
        List<Row> rows = new ArrayList<>();
        double minRecall = 1;
        double minPrecision = 1;
        for (var e : groups.entrySet()) {
            Row row = score(e.getKey(), e.getValue(), matcher, falseInLookAlikes, false);
            rows.add(row);
            if (!e.getKey().equals("CER 20 %")) {
                minRecall = Math.min(minRecall, row.recall());
                minPrecision = Math.min(minPrecision, row.precision());
            }
        }
        rows.add(score("reworded (paraphrase)", reworded, matcher, falseInLookAlikes, true));
        rows.add(new Row("look-alikes (quote nothing)", 0, 0, falseInLookAlikes, 0, Double.NaN, Double.NaN, 0, "–"));
        return new Result(rows, minRecall, minPrecision, (System.nanoTime() - t0) / 1_000_000);
    }

    private static Record insert(ReuseCorpus corpus, String quote, int reference, int words, String variant) {
        String before = corpus.filler(60 + corpus.random().nextInt(120)) + "\n\n";
        String after = "\n\n" + corpus.filler(60 + corpus.random().nextInt(120));
        return new Record(
                before + quote + after, reference, before.length(), before.length() + quote.length(), words, variant);
    }

    private static Row score(
            String group, List<Record> records, ReuseFinder.Matcher matcher, int lookAlikeFalse, boolean paraphrase) {
        int quotes = 0;
        int found = 0;
        int passages = 0;
        int right = 0;
        int exact = 0;
        int[] kinds = new int[MatchKind.values().length];
        for (Record r : records) {
            FoldedWords page = FoldedWords.of(r.page());
            List<ReuseFinder.Passage> hits = matcher.find(page);
            passages += hits.size();
            quotes++;
            boolean hit = false;
            for (ReuseFinder.Passage p : hits) {
                int s = page.start(p.alignment().pageFrom());
                int e = page.end(p.alignment().pageTo());
                boolean ok = p.reference() == r.reference() && s < r.end() && r.start() < e;
                if (!ok) continue;
                right++;
                if (!hit && Math.abs(s - r.start()) <= 12 && Math.abs(e - r.end()) <= 12) exact++;
                kinds[p.kind().ordinal()]++;
                hit = true;
            }
            if (hit) found++;
        }
        int allPassages = passages + lookAlikeFalse;
        double precision = allPassages == 0 ? 1 : (double) right / allPassages;
        return new Row(
                group,
                quotes,
                found,
                passages,
                right,
                (double) found / quotes,
                precision,
                exact,
                kinds[0] + " / " + kinds[1] + " / " + kinds[2]);
    }

    /** A quick look at the figures: {@code java ... ReuseQuality [references]}. */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Result r = run(20261201L, n, 40);
        for (Row row : r.rows()) System.out.println(row);
        System.out.printf(
                "min recall %.3f, min precision %.3f (to 15 %% CER), %d ms%n",
                r.minRecallTo15(), r.minPrecisionTo15(), r.millis());
    }
}
