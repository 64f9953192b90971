package org.redress.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.redress.analysis.reuse.FoldedWords;
import org.redress.analysis.reuse.MarkChanges;
import org.redress.analysis.reuse.NearDuplicates;
import org.redress.analysis.reuse.ReuseFinder;

/**
 * The reuse matcher on real text from {@code ../shared/corpora}: a real FOIA production (State Department, OCR'd, with
 * exemption marks) and real mail (Enron inboxes). From each document a 50-word passage of its own text becomes a
 * reference; every document is then a record, as released and again damaged at 10 % CER. A passage found in its own
 * document at its own place is a hit; found elsewhere it is reuse the corpus really has (a thread quoted in a reply,
 * the same email released twice), listed for a reader to check.
 */
public final class ReuseRealText {
    public static void main(String[] args) throws IOException {
        BenchArgs a = new BenchArgs(args, Set.of("--corpora", "--report"));
        Path corpora = a.path("--corpora", "../shared/corpora");
        Path report = a.path("--report", "bench/target/results/reuse-real.md");
        StringBuilder md = new StringBuilder("#### Real text (`../shared/corpora`, `ReuseRealText`)\n\n");
        md.append("| corpus | documents | references (50 words each) | found in their own document, as released |"
                + " found, damaged at 10 % CER | passages found in other documents |\n|---|---|---|---|---|---|\n");
        run(md, "FOIA production (State Dept. F-2014-20439 sample)", files(corpora.resolve("foia")));
        // Mail as Redress pages hold it: the body, without the headers (which every message of a mailbox shares).
        run(
                md,
                "mail (Enron maildir inboxes, bodies)",
                files(corpora.resolve("email/enron-maildir-dev")).stream()
                        .map(t -> t.contains("\n\n") ? t.substring(t.indexOf("\n\n") + 2) : t)
                        .toList());
        nearDuplicates(md, files(corpora.resolve("foia")));
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, md.toString(), StandardCharsets.UTF_8);
        System.out.print(md);
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            List<String> out = new ArrayList<>();
            for (Path p : s.filter(Files::isRegularFile).sorted().toList())
                out.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            return out;
        }
    }

    private static void run(StringBuilder md, String name, List<String> docs) {
        List<FoldedWords> refs = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        List<int[]> place = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            FoldedWords w = FoldedWords.of(docs.get(d));
            if (w.size() < 120) continue;
            int from = w.size() / 2 - 25;
            int s = w.start(from);
            int e = w.end(from + 49);
            refs.add(FoldedWords.of(docs.get(d).substring(s, e)));
            owner.add(d);
            place.add(new int[] {s, e});
        }
        ReuseFinder.Matcher m = new ReuseFinder(refs, 40).matcher();
        ReuseCorpus noise = new ReuseCorpus(99);
        int own = 0;
        int ownDamaged = 0;
        int elsewhere = 0;
        for (int d = 0; d < docs.size(); d++) {
            FoldedWords page = FoldedWords.of(docs.get(d));
            for (ReuseFinder.Passage p : m.find(page)) {
                int r = p.reference();
                int s = page.start(p.alignment().pageFrom());
                int e = page.end(p.alignment().pageTo());
                if (owner.get(r) == d && s == place.get(r)[0] && e == place.get(r)[1]) own++;
                else if (owner.get(r) != d && elsewhere++ % 150 == 0 && Boolean.getBoolean("reuse.show"))
                    System.err.printf(
                            "%s %.2f %d words:%n  ours: %s%n  theirs: %s%n",
                            p.kind(),
                            p.alignment().similarity(),
                            p.alignment().referenceWords(),
                            docs.get(owner.get(r))
                                    .substring(place.get(r)[0], place.get(r)[1])
                                    .replaceAll("\\s+", " "),
                            docs.get(d).substring(s, e).replaceAll("\\s+", " "));
            }
            int idx = owner.indexOf(d);
            if (idx >= 0) {
                FoldedWords damaged = FoldedWords.of(noise.damage(docs.get(d), 0.10));
                if (m.find(damaged).stream().anyMatch(p -> p.reference() == idx)) ownDamaged++;
            }
        }
        md.append(String.format(
                "| %s | %d | %d | %d (exact bounds) | %d | %d |%n",
                name, docs.size(), refs.size(), own, ownDamaged, elsewhere));
    }

    private static void nearDuplicates(StringBuilder md, List<String> docs) {
        NearDuplicates nd = new NearDuplicates();
        List<Integer> index = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) if (nd.add(docs.get(d)) >= 0) index.add(d);
        List<NearDuplicates.Group> groups = nd.groups();
        int changed = 0;
        for (NearDuplicates.Group g : groups) {
            List<String> first = MarkChanges.in(docs.get(index.get(g.members().get(0))));
            for (int k = 1; k < g.members().size(); k++)
                if (!MarkChanges.between(
                                first,
                                MarkChanges.in(docs.get(index.get(g.members().get(k)))))
                        .isEmpty()) changed++;
        }
        int marks = docs.stream().mapToInt(t -> MarkChanges.in(t).size()).sum();
        md.append(String.format(
                "%nNear-duplicates in the FOIA sample: %d group(s) among %d documents; %d version(s) whose exemption"
                        + " marks differ from their group's first; %d exemption marks recognised in all.%n",
                groups.size(), docs.size(), changed, marks));
    }
}
