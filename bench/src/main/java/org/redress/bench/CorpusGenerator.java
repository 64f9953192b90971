package org.redress.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.app.demo.DocumentWriters;

/**
 * A deterministic (seeded) corpus of a records production: text PDFs of several pages, scanned
 * pages (image-only PDFs), emails with attachments, Word and Excel files. The same arguments
 * always write the same files byte for byte... except for the timestamps PDFBox and POI put in
 * the files, which change bytes but not text.
 *
 * <pre>
 * java -cp ... org.redress.bench.CorpusGenerator --out DIR [--files N | --pages N] [--mix text|ocr|all] [--seed S]
 * </pre>
 * Mixes: {@code text} = 45% text PDF (1-8 pages), 25% email (half with a PDF or Word attachment),
 * 15% docx, 15% xlsx; {@code ocr} = scanned PDFs only (1-2 pages); {@code all} = the text mix
 * with 5% of the files scanned PDFs instead.
 */
public final class CorpusGenerator {
    public enum Mix {
        TEXT,
        OCR,
        ALL
    }

    /** What was written: files, the pages we expect an extractor to find, bytes, and files per kind. */
    public record Corpus(Path folder, List<Path> files, long expectedPages, long bytes, Map<String, Integer> kinds) {
        public String describe() {
            if (expectedPages < 0)
                return String.format(Locale.ROOT, "%d files, %.1f MB (%s)", files.size(), bytes / 1e6, kinds);
            return String.format(
                    Locale.ROOT,
                    "%d files, %.1f MB, about %d pages (%s)",
                    files.size(),
                    bytes / 1e6,
                    expectedPages,
                    kinds);
        }

        /** Every file under {@code folder} as it is, its pages not known beforehand, its kinds by file extension. */
        public static Corpus of(Path folder) throws java.io.IOException {
            List<Path> files;
            try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(folder)) {
                files = walk.filter(java.nio.file.Files::isRegularFile).sorted().toList();
            }
            long bytes = 0;
            Map<String, Integer> kinds = new java.util.TreeMap<>();
            for (Path f : files) {
                bytes += java.nio.file.Files.size(f);
                String name = f.getFileName().toString();
                int dot = name.lastIndexOf('.');
                kinds.merge(dot < 0 ? "(none)" : name.substring(dot + 1).toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            return new Corpus(folder, files, -1, bytes, kinds);
        }
    }

    private final Prose prose;
    private final Mix mix;

    public CorpusGenerator(long seed, Mix mix) {
        this.prose = new Prose(seed);
        this.mix = mix;
    }

    /**
     * Writes files into {@code out} until {@code maxFiles} files or {@code maxPages} pages are
     * reached (whichever comes first; pass Long.MAX_VALUE for no limit).
     */
    public Corpus write(Path out, long maxFiles, long maxPages) throws IOException {
        Files.createDirectories(out);
        List<Path> files = new ArrayList<>();
        Map<String, Integer> kinds = new LinkedHashMap<>();
        long pages = 0;
        long bytes = 0;
        for (int i = 0; files.size() < maxFiles && pages < maxPages; i++) {
            String kind = kind();
            Path file;
            int filePages;
            switch (kind) {
                case "scan" -> {
                    filePages = 1 + prose.random().nextInt(2);
                    file = out.resolve(String.format(Locale.ROOT, "scan-%05d.pdf", i));
                    List<String> texts = new ArrayList<>();
                    for (int p = 0; p < filePages; p++) texts.add(prose.text(110, prose.spanish()));
                    DocumentWriters.scannedPdf(file, texts);
                }
                case "pdf" -> {
                    filePages = 1 + prose.random().nextInt(8);
                    file = out.resolve(String.format(Locale.ROOT, "report-%05d.pdf", i));
                    DocumentWriters.textPdf(file, "Report " + i + " - " + prose.agency(), pages(filePages));
                }
                case "email" -> {
                    file = out.resolve(String.format(Locale.ROOT, "mail-%05d.eml", i));
                    filePages = 1 + email(file, i);
                }
                case "docx" -> {
                    filePages = 1;
                    file = out.resolve(String.format(Locale.ROOT, "memo-%05d.docx", i));
                    List<String> paragraphs = new ArrayList<>();
                    boolean es = prose.spanish();
                    for (int p = 0, n = 3 + prose.random().nextInt(6); p < n; p++) paragraphs.add(prose.text(60, es));
                    DocumentWriters.docx(file, "Memorandum " + i, paragraphs);
                }
                default -> { // xlsx: a log of look-ups
                    filePages = 1;
                    file = out.resolve(String.format(Locale.ROOT, "lookups-%05d.xlsx", i));
                    List<List<String>> rows = new ArrayList<>();
                    rows.add(List.of("date", "operator", "subject", "plate", "agency", "reason"));
                    for (int r = 0, n = 20 + prose.random().nextInt(80); r < n; r++) {
                        rows.add(List.of(
                                prose.date().toString(),
                                prose.name(),
                                prose.name(),
                                String.format(
                                        Locale.ROOT,
                                        "%03X-%03d",
                                        prose.random().nextInt(4096),
                                        prose.random().nextInt(1000)),
                                prose.agency(),
                                prose.text(6, false)));
                    }
                    DocumentWriters.xlsx(file, "Lookups", rows);
                }
            }
            kinds.merge(kind, 1, Integer::sum);
            files.add(file);
            pages += filePages;
            bytes += Files.size(file);
        }
        return new Corpus(out, files, pages, bytes, kinds);
    }

    private String kind() {
        int r = prose.random().nextInt(100);
        if (mix == Mix.OCR) return "scan";
        if (mix == Mix.ALL && r < 5) return "scan";
        if (r < 45) return "pdf";
        if (r < 70) return "email";
        if (r < 85) return "docx";
        return "xlsx";
    }

    private List<String> pages(int n) {
        boolean es = prose.spanish();
        List<String> out = new ArrayList<>();
        for (int p = 0; p < n; p++) out.add(prose.text(250 + prose.random().nextInt(150), es));
        return out;
    }

    /** Writes an email; returns the number of attachment pages it carries. */
    private int email(Path file, int i) throws IOException {
        String from = prose.name().toLowerCase(Locale.ROOT).replace(' ', '.').replace("ñ", "n") + "@" + prose.domain();
        String to = prose.name().toLowerCase(Locale.ROOT).replace(' ', '.').replace("ñ", "n") + "@" + prose.domain();
        List<Path> attachments = new ArrayList<>();
        int attachmentPages = 0;
        Path tmp = Files.createTempDirectory("redress-corpus");
        try {
            if (prose.random().nextBoolean()) {
                if (prose.random().nextBoolean()) {
                    attachmentPages = 1 + prose.random().nextInt(3);
                    Path a = tmp.resolve("attachment-" + i + ".pdf");
                    DocumentWriters.textPdf(a, "Attachment " + i, pages(attachmentPages));
                    attachments.add(a);
                } else {
                    attachmentPages = 1;
                    Path a = tmp.resolve("attachment-" + i + ".docx");
                    DocumentWriters.docx(a, "Attachment " + i, List.of(prose.text(120, false), prose.text(120, false)));
                    attachments.add(a);
                }
            }
            boolean es = prose.spanish();
            DocumentWriters.email(
                    file,
                    from,
                    to,
                    null,
                    prose.date().atTime(9 + prose.random().nextInt(9), 0).atZone(ZoneOffset.UTC),
                    (es ? "Asunto: " : "Re: ") + prose.text(5, es),
                    "msg-" + i + "@bench.example",
                    null,
                    prose.text(80 + prose.random().nextInt(200), es),
                    attachments);
        } finally {
            for (Path a : attachments) Files.deleteIfExists(a);
            Files.deleteIfExists(tmp);
        }
        return attachmentPages;
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        long files = Long.MAX_VALUE;
        long pages = Long.MAX_VALUE;
        Mix mix = Mix.TEXT;
        long seed = 20261129L;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--files" -> files = Long.parseLong(args[++i]);
                case "--pages" -> pages = Long.parseLong(args[++i]);
                case "--mix" -> mix = Mix.valueOf(args[++i].toUpperCase(Locale.ROOT));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default ->
                    throw new IllegalArgumentException("unknown argument " + args[i]
                            + "; usage: --out DIR [--files N | --pages N] [--mix text|ocr|all] [--seed S]");
            }
        }
        if (out == null) throw new IllegalArgumentException("--out DIR is required");
        if (files == Long.MAX_VALUE && pages == Long.MAX_VALUE) files = 300;
        Corpus c = new CorpusGenerator(seed, mix).write(out, files, pages);
        System.out.println(c.describe());
    }
}
