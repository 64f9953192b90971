package org.redress.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.redress.analysis.reuse.FoldedWords;
import org.redress.analysis.reuse.ReuseFinder;

/**
 * Text reuse: quality on a generated set by character error rate ({@link ReuseQuality}), then speed: R reference
 * passages against P generated pages (one page in a thousand quotes a reference at 10 % CER), on T threads. Baseline,
 * same run: Lucene's MoreLikeThis, each page as the query against an index of the references (the top hit only, no
 * bounds), on a sample of pages, per page and extrapolated to P.
 */
public final class ReuseBenchmark {
    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(
                args, Set.of("--references", "--pages", "--threads", "--report", "--quality", "--baseline-pages"));
        int references = a.integer("--references", 10_000);
        long pages = a.number("--pages", 1_000_000);
        int threads = a.integer("--threads", 2);
        int qualityRefs = a.integer("--quality", 400);
        int baselinePages = a.integer("--baseline-pages", 5_000);
        Path report = a.path("--report", "bench/target/results/reuse.md");
        StringBuilder md = new StringBuilder("### Text reuse (`redress reuse`)\n\n");
        md.append("Load at start: `").append(Machine.load()).append("`\n\n");
        quality(md, qualityRefs);
        speed(md, references, pages, threads, baselinePages);
        md.append("\nLoad at end: `").append(Machine.load()).append("`\n");
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, md.toString(), StandardCharsets.UTF_8);
        System.out.print(md);
    }

    private static void quality(StringBuilder md, int refs) {
        ReuseQuality.Result r = ReuseQuality.run(20261201L, refs, 40);
        md.append("#### Quality (generated set)\n\n")
                .append(refs)
                .append(" reference passages of 40–139 words (`ReuseCorpus`, seed 20261201), each quoted once per noise"
                        + " level in an agency-like record (verbatim, trimmed by up to 8 words at each end, or"
                        + " re-wrapped and re-cased, in turn), once reworded, and with one look-alike record that uses"
                        + " its words in other sentences. Precision counts every passage found in the look-alikes"
                        + " against each level. `--min-words 40`.\n\n")
                .append(
                        "| records | quotations | found | recall | passages reported | right | precision | bounds within"
                                + " 12 chars | kinds (verbatim / near / paraphrase) |\n|---|---|---|---|---|---|---|---|---|\n");
        for (ReuseQuality.Row row : r.rows()) {
            md.append("| ")
                    .append(row.group())
                    .append(" | ")
                    .append(row.quotes())
                    .append(" | ")
                    .append(row.found())
                    .append(" | ")
                    .append(Double.isNaN(row.recall()) ? "–" : Machine.f2(row.recall()))
                    .append(" | ")
                    .append(row.passages())
                    .append(" | ")
                    .append(row.right())
                    .append(" | ")
                    .append(Double.isNaN(row.precision()) ? "–" : Machine.f2(row.precision()))
                    .append(" | ")
                    .append(row.boundsExact())
                    .append(" | ")
                    .append(row.kinds())
                    .append(" |\n");
        }
        md.append("\nTarget ≥ 0.95 recall and precision for 40+ words at ≤ 15 % CER: lowest recall ")
                .append(Machine.f2(r.minRecallTo15()))
                .append(", lowest precision ")
                .append(Machine.f2(r.minPrecisionTo15()))
                .append(r.minRecallTo15() >= 0.95 && r.minPrecisionTo15() >= 0.95 ? " (**met**)" : " (**not met**)")
                .append(". Reworded passages are reported separately (not a target).\n\n");
    }

    private static void speed(StringBuilder md, int references, long pages, int threads, int baselinePages)
            throws Exception {
        ReuseCorpus corpus = new ReuseCorpus(42);
        List<String> refs = new ArrayList<>(references);
        for (int i = 0; i < references; i++)
            refs.add(corpus.passage(40 + corpus.random().nextInt(100)));
        long t0 = System.nanoTime();
        ReuseFinder finder = new ReuseFinder(refs.stream().map(FoldedWords::of).toList(), 40);
        double buildS = (System.nanoTime() - t0) / 1e9;
        System.gc();
        long heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        AtomicLong matchNanos = new AtomicLong();
        AtomicLong words = new AtomicLong();
        AtomicLong quoted = new AtomicLong();
        AtomicLong found = new AtomicLong();
        AtomicLong passages = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        long start = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread w = new Thread(() -> {
                ReuseCorpus gen = new ReuseCorpus(1000 + id);
                ReuseFinder.Matcher m = finder.matcher();
                for (long p = id; p < pages; p += threads) {
                    int quote = p % 1000 == 7 ? gen.random().nextInt(refs.size()) : -1;
                    String text = gen.filler(200 + gen.random().nextInt(100));
                    if (quote >= 0) text = text + "\n\n" + gen.damage(refs.get(quote), 0.10) + "\n\n" + gen.filler(60);
                    long s = System.nanoTime();
                    FoldedWords fw = FoldedWords.of(text);
                    List<ReuseFinder.Passage> hits = m.find(fw);
                    matchNanos.addAndGet(System.nanoTime() - s);
                    words.addAndGet(fw.size());
                    passages.addAndGet(hits.size());
                    if (quote >= 0) {
                        quoted.incrementAndGet();
                        if (hits.stream().anyMatch(h -> h.reference() == quote)) found.incrementAndGet();
                    }
                    if (p % 100_000 == id) System.err.printf("reuse bench: %,d pages (load %s)%n", p, Machine.load());
                }
                cpuNanos.addAndGet(
                        java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
            });
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) w.join();
        double wallS = (System.nanoTime() - start) / 1e9;
        double matchS = matchNanos.get() / 1e9 / threads;
        double perPageMs = matchNanos.get() / 1e6 / pages;
        double mlt = baseline(refs, baselinePages);
        md.append("#### Speed\n\n")
                .append(String.format(
                        "%,d reference passages against %,d generated pages (%,d words; one page in 1,000 quotes a"
                                + " reference at 10 %% CER), %d threads. Seed index built in %.1f s; heap after building"
                                + " it %d MB.%n%n",
                        references, pages, words.get(), threads, buildS, heapMb))
                .append("| measurement | pages | time | per page | notes |\n|---|---|---|---|---|\n")
                .append(String.format(
                        "| **Redress reuse matcher** (folding, gram seeds, alignment) | %,d | %.1f min matching (%.1f min"
                                + " wall, generating the pages included) | %.3f ms | %d of %d quoting pages found,"
                                + " %,d passages reported; the %d threads' CPU time, generating included: %.1f min"
                                + " per thread |%n",
                        pages,
                        matchS / 60,
                        wallS / 60,
                        perPageMs,
                        found.get(),
                        quoted.get(),
                        passages.get(),
                        threads,
                        cpuNanos.get() / 1e9 / threads / 60))
                .append(String.format(
                        "| baseline: Lucene MoreLikeThis, page → index of the references, top hit | %,d (sample) |"
                                + " %.1f min extrapolated to %,d pages on %d threads | %.3f ms | candidates only: no"
                                + " bounds, no alignment |%n",
                        baselinePages, mlt * pages / threads / 60_000, pages, threads, mlt));
        md.append(String.format(
                "%nTarget: %,d passages against %,d pages in under 15 minutes: %.1f min matching (**%s**).%n",
                references, pages, matchS / 60, matchS < 900 ? "met" : "not met"));
    }

    /** Milliseconds per page of a MoreLikeThis query against the references, one thread. */
    private static double baseline(List<String> refs, int samplePages) throws IOException {
        Analyzer folded = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }
        };
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(folded))) {
                for (int i = 0; i < refs.size(); i++) {
                    Document d = new Document();
                    d.add(new TextField("text", refs.get(i), Field.Store.NO));
                    d.add(new StoredField("ref", i));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                MoreLikeThis mlt = new MoreLikeThis(reader);
                mlt.setAnalyzer(folded);
                mlt.setFieldNames(new String[] {"text"});
                mlt.setMinDocFreq(1);
                mlt.setMinTermFreq(1);
                ReuseCorpus gen = new ReuseCorpus(5000);
                List<String> sample = new ArrayList<>(samplePages);
                for (int p = 0; p < samplePages; p++)
                    sample.add(gen.filler(200 + gen.random().nextInt(100)));
                long hits = 0;
                long start = System.nanoTime();
                for (String text : sample) {
                    Query q = mlt.like("text", new java.io.StringReader(text));
                    TopDocs top = searcher.search(q, 1);
                    hits += top.scoreDocs.length;
                }
                double ms = (System.nanoTime() - start) / 1e6 / samplePages;
                System.err.printf("baseline: %d pages, %d top hits, %.3f ms/page%n", samplePages, hits, ms);
                return ms;
            }
        }
    }
}
