package org.redress.bench.names;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.redress.analysis.names.Diminutives;
import org.redress.analysis.names.NameMatcher;
import org.redress.analysis.names.WatchListScreen;
import org.redress.bench.names.LabelledPages.Page;
import org.redress.bench.names.Members.Member;

/**
 * The quality benchmark of issue 8: labelled pages generated for every variant class and look-alike, screened as
 * standing screening screens them, precision and recall per class and overall; then OpenSanctions' labelled person
 * pairs (../shared/corpora/names), where present.
 *
 * <pre>
 * java -cp ... org.redress.bench.names.NameQualityBenchmark --report FILE [--members 80] [--per-class 300] [--seed S]
 *     [--classes ocr,ocr-lookalike] [--misses N]
 * </pre>
 *
 * <p>{@code --classes} keeps only the pages of these classes (the same pages as a full run, since all are generated),
 * to look at one class quickly; {@code --misses} prints up to N misses and false alarms of each class (default 8).
 */
public final class NameQualityBenchmark {
    public static void main(String[] args) throws Exception {
        String report = "bench/target/results/names.md";
        int membersWanted = 80;
        int perClass = 300;
        long seed = 20261202L;
        Path pairs = Path.of("../shared/corpora/names/contrib_entity_bench_checks.yml");
        Set<Variant> classes = EnumSet.allOf(Variant.class);
        int misses = 8;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--report" -> report = args[i + 1];
                case "--members" -> membersWanted = Integer.parseInt(args[i + 1]);
                case "--per-class" -> perClass = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--pairs" -> pairs = Path.of(args[i + 1]);
                case "--classes" -> classes = classes(args[i + 1]);
                case "--misses" -> misses = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<Member> members = Members.generate(seed, membersWanted);
        Set<Variant> kept = classes;
        List<Page> pages = LabelledPages.generate(seed + 1, members, perClass).stream()
                .filter(p -> kept.contains(p.variant()))
                .toList();
        NameMatcher matcher = new NameMatcher(Diminutives.builtIn());
        long t0 = System.nanoTime();
        NameQuality.Result r = NameQuality.run(members, pages, matcher, new WatchListScreen(), true, misses);
        double seconds = (System.nanoTime() - t0) / 1e9;
        StringBuilder md = new StringBuilder();
        md.append("### Name matching quality (generated, labelled)\n\n");
        md.append(String.format(
                Locale.ROOT,
                "%d watched members (%d with Spanish names), %d pages (%d per class), seed %d; (page, member) pairs:"
                        + " %d. A pair is found when the screen names the member a candidate and a hit of the matcher"
                        + " scores at least the threshold **%.2f** (`NameMatcher.THRESHOLD`). Every page also carries"
                        + " filler prose with fictional names. Run took %.1f s (the matcher also ran on every pair to"
                        + " check the screen).%n%n",
                members.size(),
                members.stream().filter(Member::spanish).count(),
                pages.size(),
                perClass,
                seed,
                r.pairs(),
                r.threshold(),
                seconds));
        md.append("| class | kind | pages | found | missed | false alarms | recall |\n|---|---|---|---|---|---|---|\n");
        for (Variant v : classes) {
            NameQuality.Tally t = r.byClass().get(v);
            md.append(String.format(
                    Locale.ROOT,
                    "| %s: %s | %s | %d | %d | %d | %d | %s |%n",
                    v.code(),
                    v.description(),
                    v.positive() ? "mention" : "look-alike",
                    t.pages,
                    t.truePositives,
                    t.falseNegatives,
                    t.falsePositives,
                    v.positive() ? String.format(Locale.ROOT, "%.3f", t.recall()) : "–"));
        }
        md.append(String.format(
                Locale.ROOT,
                "%n**Overall: precision %.4f, recall %.4f** (tp %d, fp %d, fn %d) at threshold %.2f; target recall ≥ 0.98"
                        + " at precision ≥ 0.97: **%s**. Pairs the screen left out that the matcher would have found: %d"
                        + " (the screen passed %d candidate pairs of %d).%n",
                r.precision(),
                r.recall(),
                r.truePositives(),
                r.falsePositives(),
                r.falseNegatives(),
                r.threshold(),
                r.recall() >= 0.98 && r.precision() >= 0.97 ? "met" : "NOT met",
                r.screenMisses(),
                r.candidatePairs(),
                r.pairs()));
        StringBuilder examples = new StringBuilder();
        for (Variant v : classes) {
            for (String e : r.byClass().get(v).examples)
                examples.append(v.code()).append(": ").append(e).append('\n');
        }
        System.err.print(examples);
        if (classes.size() < Variant.values().length)
            md.append("\nOpenSanctions pairs: skipped, only some classes were run.\n");
        else if (Files.isRegularFile(pairs)) md.append('\n').append(SanctionsPairs.report(pairs, matcher));
        else md.append("\nOpenSanctions pairs: skipped, ").append(pairs).append(" is absent.\n");
        Path out = Path.of(report);
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        System.out.print(md);
    }

    /** Classes by their codes, comma-separated ("ocr,ocr-lookalike"). */
    private static Set<Variant> classes(String codes) {
        Set<Variant> out = EnumSet.noneOf(Variant.class);
        for (String code : codes.split(",")) {
            out.add(Arrays.stream(Variant.values())
                    .filter(v -> v.code().equals(code.trim()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown class " + code)));
        }
        return out;
    }
}
