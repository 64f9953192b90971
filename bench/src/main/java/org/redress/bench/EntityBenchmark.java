package org.redress.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.redress.app.wiring.CaseServices;
import org.redress.app.wiring.IngestSettings;
import org.redress.application.entities.EntityRecognition;
import org.redress.core.corpus.IngestSummary;
import org.redress.core.entities.TextLanguage;
import org.redress.ingest.pipeline.IngestListener;
import org.redress.nlp.CoreNlpRecognizer;
import org.redress.nlp.evaluation.Evaluation;
import org.redress.nlp.evaluation.LabelledSentence;
import org.redress.nlp.evaluation.Score;

/**
 * Named entities: quality on a labelled corpus (CoreNLP beside a naive baseline) and speed and memory of the
 * {@code redress entities} stage on real productions, beside the ingest of the same files in the same run.
 *
 * <pre>
 * java -Xmx2g -cp ... org.redress.bench.EntityBenchmark --work DIR --report FILE
 *      [--ner ../shared/corpora/ner/wnut17-emerging.dev.conll] [--corpus DIR]...
 * </pre>
 */
public final class EntityBenchmark {
    private static final String SHARED = "../shared/corpora/";

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(args, java.util.Set.of("--work", "--report", "--ner", "--corpora"));
        Path work = a.path("--work", "bench/target/entity-bench");
        Path report = a.path("--report", "bench/target/results/entities.md");
        Path ner = a.path("--ner", SHARED + "ner/wnut17-emerging.dev.conll");
        String corpora = a.path(
                        "--corpora",
                        SHARED + "foia/state-dept-clinton-emails-sample," + SHARED + "email/enron-maildir-dev")
                .toString();
        deleteTree(work);
        Files.createDirectories(work);
        StringBuilder out = new StringBuilder("### Named entities (CoreNLP 4.5.10)\n\n");
        out.append("JVM: `-Xmx")
                .append(Runtime.getRuntime().maxMemory() / 1048576)
                .append(" MB` (max heap). Load: ")
                .append(Machine.load())
                .append(" at the start.\n\n");

        try (MemorySampler memory = new MemorySampler(200);
                CoreNlpRecognizer recognizer = new CoreNlpRecognizer()) {
            long rssBefore = Machine.statusKb(Machine.selfPid(), "VmRSS");
            double enLoad = seconds(() -> recognizer.load(TextLanguage.ENGLISH));
            double esLoad = seconds(() -> recognizer.load(TextLanguage.SPANISH));
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long liveAfterLoad = rt.totalMemory() - rt.freeMemory();
            long rssAfterLoad = Machine.statusKb(Machine.selfPid(), "VmRSS");
            out.append("#### Model load\n\n| | seconds |\n|---|---|\n")
                    .append("| English (tokenize, ssplit, pos, lemma, ner; coarse labels) | ")
                    .append(Machine.f1(enLoad))
                    .append(" |\n| Spanish (tokenize, ssplit, mwt, pos, lemma, ner) | ")
                    .append(Machine.f1(esLoad))
                    .append(" |\n\nHeap in use after both loaded and a full GC: ")
                    .append(Machine.mb(liveAfterLoad))
                    .append("; RSS ")
                    .append(rssBefore / 1024)
                    .append(" MB before, ")
                    .append(rssAfterLoad / 1024)
                    .append(" MB after.\n\n");

            quality(out, recognizer, ner);
            speed(out, work, corpora.split(","));
            out.append(String.format(
                    Locale.ROOT,
                    "Peak over the whole run: used heap %s, RSS (VmHWM) %d MB.%n%n",
                    Machine.mb(memory.max(MemorySampler.Sample::usedHeap)),
                    Machine.statusKb(Machine.selfPid(), "VmHWM") / 1024));
        }
        out.append("Load at the end: ").append(Machine.load()).append(".\n");
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, out);
        System.out.println(out);
    }

    private static void quality(StringBuilder out, CoreNlpRecognizer recognizer, Path ner) throws Exception {
        out.append("#### Quality\n\n");
        if (!Files.isRegularFile(ner)) {
            out.append("Not measured: ").append(ner).append(" is absent.\n\n");
            return;
        }
        List<LabelledSentence> sentences = LabelledSentence.read(ner);
        long t = System.nanoTime();
        Score core = Evaluation.run(recognizer, TextLanguage.ENGLISH, sentences);
        double s = (System.nanoTime() - t) / 1e9;
        Score naive = Evaluation.run(new EntityQuality.CapitalisedRuns(), TextLanguage.ENGLISH, sentences);
        out.append("English: `")
                .append(ner.getFileName())
                .append("` (WNUT 2017 emerging entities, development set: ")
                .append(sentences.size())
                .append(" tweets and comments; CC-BY-4.0). Exact spans (start, end and type must ")
                .append("all match, as CoNLL counts), ")
                .append(Evaluation.SENTENCES_PER_TEXT)
                .append(" sentences per text, read in ")
                .append(Machine.f1(s))
                .append(" s. WNUT's `person` is person, ")
                .append("`location` place, `corporation` and `group` organisation; `product` and `creative-work` are ")
                .append("left out of the gold standard (an entity found on one counts as wrong).\n\nCoreNLP:\n\n")
                .append(EntityQuality.table(core))
                .append(
                        "\nBaseline in the same run (every run of capitalised words not starting a sentence is a person):\n\n")
                .append(EntityQuality.table(naive))
                .append(
                        "\nSpanish: no labelled Spanish corpus is in `../shared/corpora/ner`, so Spanish quality is not ")
                .append("measured; the tests check that the Spanish pipeline finds Spanish names.\n\n");
    }

    private static void speed(StringBuilder out, Path work, String[] corpora) throws Exception {
        out.append("#### Speed on real productions\n\n")
                .append("| corpus | files | pages | characters | ingest (baseline) | entity stage | pages/s | ")
                .append(
                        "characters/s | occurrences | entities | stage ÷ ingest |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        int n = 0;
        for (String corpus : corpora) {
            Path dir = Path.of(corpus.strip());
            if (!Files.isDirectory(dir)) {
                out.append("| ").append(dir).append(" | absent | | | | | | | | | |\n");
                continue;
            }
            try (CaseServices c = CaseServices.init(work.resolve("case-" + n++))) {
                IngestSettings settings =
                        new IngestSettings(List.of(), Duration.ofSeconds(120), 1024, 2, IngestListener.NONE);
                IngestSummary ingest =
                        c.ingester(settings).run(List.of(dir), dir.getFileName().toString(), null);
                long chars = c.documents().documents().stream()
                        .flatMap(d -> c.documents().pages(d.id()).stream())
                        .mapToLong(p -> p.text().length())
                        .sum();
                EntityRecognition.Summary stage = c.entityRecognition().run(EntityRecognition.Listener.NONE);
                int entities = c.entities().list(null, true).size();
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %d | %d | %.1f s | %.1f s | %.1f | %.0f | %d | %d | %.2f |%n",
                        dir.getFileName(),
                        ingest.filesSeen(),
                        stage.pagesRecognised(),
                        chars,
                        ingest.seconds(),
                        stage.seconds(),
                        stage.pagesRecognised() / stage.seconds(),
                        chars / stage.seconds(),
                        stage.occurrences(),
                        entities,
                        stage.seconds() / ingest.seconds()));
            }
        }
        out.append("\nThe stage's time excludes model load (above; the models are loaded once per process). ")
                .append("Ingest ran with 2 reader threads; the stage reads one page at a time.\n\n");
    }

    private static double seconds(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e9;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) return;
        try (var paths = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(paths.toList());
            java.util.Collections.reverse(all);
            for (Path p : all) Files.delete(p);
        }
    }
}
