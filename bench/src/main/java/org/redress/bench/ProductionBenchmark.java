package org.redress.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Ingest of productions of many small files beside the floor of its parts (Tika extraction plus plain Lucene
 * indexing, same files, same threads), each pair measured back to back in one run: the FOIA text sample in
 * ../shared/corpora (when present) and a generated production of the same shape ({@link ProductionShapes}). The
 * per-file fixed costs that the mixed corpus of {@link IngestBenchmark} hides dominate here. Each side runs
 * {@code --rounds} times, alternating, and the best of each is reported (the machine is shared).
 *
 * <pre>
 * java -Xmx512m -cp ... org.redress.bench.ProductionBenchmark --work DIR --report FILE
 *      [--files 3000] [--threads 2] [--rounds 2] [--corpora ../shared/corpora]
 * </pre>
 */
public final class ProductionBenchmark {
    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(
                args,
                java.util.Set.of("--work", "--report", "--files", "--threads", "--rounds", "--corpora", "--seed"));
        Path work = a.path("--work", "bench/target/production-bench");
        Path report = a.path("--report", "bench/target/results/production.md");
        int files = a.integer("--files", 3000);
        int threads = a.integer("--threads", 2);
        int rounds = a.integer("--rounds", 2);
        Path foia = a.path("--corpora", "../shared/corpora").resolve("foia/state-dept-clinton-emails-sample");
        IngestBenchmark.deleteTree(work);
        Files.createDirectories(work);
        CorpusGenerator.Corpus shaped =
                new ProductionShapes(a.number("--seed", 20261202L)).smallText(work.resolve("small-text"), files);
        StringBuilder md = new StringBuilder("### Ingest of productions of many small files\n\n");
        md.append("Both sides read the same files with ")
                .append(threads)
                .append(" threads; each side ran ")
                .append(rounds)
                .append(" times, alternating with the other, and the best run of each counts.\n\n");
        md.append("| corpus | Redress ingest | floor (Tika + Lucene) | ratio | load at start | notes |\n")
                .append("|---|---|---|---|---|---|\n");
        if (Files.isDirectory(foia)) {
            md.append(row("FOIA sample (" + foia.getFileName() + ")", files(foia), foia, work, threads, rounds));
        } else {
            md.append("| FOIA sample | not measured: ").append(foia).append(" is absent | | | | |\n");
        }
        md.append(row(
                "generated small text (`ProductionShapes`, " + shaped.describe() + ")",
                shaped.files(),
                shaped.folder(),
                work,
                threads,
                rounds));
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, md.toString(), StandardCharsets.UTF_8);
        System.out.println(md);
    }

    private static String row(String name, List<Path> files, Path folder, Path work, int threads, int rounds)
            throws Exception {
        String load = Machine.load();
        double bestRedress = Double.MAX_VALUE, bestFloor = Double.MAX_VALUE;
        IngestBenchmark.Run best = null;
        for (int i = 0; i < rounds; i++) {
            Path floorIndex = work.resolve("floor-" + i);
            IngestBenchmark.Floor floor = IngestBenchmark.floor(files, floorIndex, threads);
            IngestBenchmark.deleteTree(floorIndex);
            bestFloor = Math.min(bestFloor, floor.seconds());
            Path caseDir = work.resolve("case-" + i);
            IngestBenchmark.Run run = IngestBenchmark.redress(folder, caseDir, threads, true);
            IngestBenchmark.deleteTree(caseDir);
            if (run.wall < bestRedress) {
                bestRedress = run.wall;
                best = run;
            }
            IngestBenchmark.log(String.format(
                    Locale.ROOT, "%s round %d: redress %.1f s, floor %.1f s", name, i + 1, run.wall, floor.seconds()));
        }
        return String.format(
                Locale.ROOT,
                "| %s | %.1f s | %.1f s | **%.2fx** | %s | %d files, %d documents, %d pages, %d failures |%n",
                name,
                bestRedress,
                bestFloor,
                bestRedress / bestFloor,
                load,
                files.size(),
                best.summary.documentsNew(),
                best.summary.pages(),
                best.summary.failures().size());
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
        }
    }
}
