package org.redress.ingest.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.redress.ingest.ocr.PdfPageRenderer;
import org.redress.ingest.ocr.Tesseract;

/**
 * Decides which pages need OCR and runs it. A PDF page whose text layer has almost nothing on
 * it is rendered and read again; a page that still yields nothing is reported, never left
 * silently empty (Datashare loses scans this way).
 */
final class PageOcr {
    /** Fewer letters than this on a PDF page means it is a scan or a picture of text. */
    static final int MIN_LETTERS = 16;
    private final Optional<Tesseract> tesseract;
    private final Runnable heartbeat;
    private final Path workDir;

    PageOcr(Optional<Tesseract> tesseract, Runnable heartbeat, Path workDir) {
        this.tesseract = tesseract;
        this.heartbeat = heartbeat;
        this.workDir = workDir;
    }

    List<ExtractionResult.PageText> image(Path file, List<Integer> needOcr, List<String> notes) throws IOException {
        if (tesseract.isEmpty()) {
            needOcr.add(1);
            return List.of(new ExtractionResult.PageText(1, "", false));
        }
        List<String> texts = tesseract.get().read(file);
        heartbeat.run();
        List<ExtractionResult.PageText> pages = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) pages.add(new ExtractionResult.PageText(i + 1, PageSplitter.tidy(texts.get(i)), true));
        reportEmpty(pages, notes);
        return pages;
    }

    List<ExtractionResult.PageText> pdf(Path file, String password, List<ExtractionResult.PageText> pages,
                                        List<Integer> needOcr, List<String> notes) throws IOException {
        List<Integer> scans = new ArrayList<>();
        for (ExtractionResult.PageText p : pages) if (letters(p.text()) < MIN_LETTERS) scans.add(p.number());
        if (scans.isEmpty()) return pages;
        if (tesseract.isEmpty()) {
            needOcr.addAll(scans);
            return pages;
        }
        List<ExtractionResult.PageText> out = new ArrayList<>(pages);
        Files.createDirectories(workDir);
        try (PdfPageRenderer renderer = new PdfPageRenderer(file, password)) {
            for (int number : scans) {
                if (number > renderer.pageCount()) continue;
                Path image = renderer.render(number, workDir);
                try {
                    String text = PageSplitter.tidy(String.join("\n", tesseract.get().read(image)));
                    String layer = out.get(number - 1).text();
                    // Keep whatever the text layer had (a Bates stamp) if OCR reads less.
                    if (letters(text) >= letters(layer)) out.set(number - 1, new ExtractionResult.PageText(number, text, true));
                } finally {
                    Files.deleteIfExists(image);
                }
                heartbeat.run();
            }
        } finally {
            Files.deleteIfExists(workDir);
        }
        reportEmpty(out, notes);
        return out;
    }

    private static void reportEmpty(List<ExtractionResult.PageText> pages, List<String> notes) {
        List<Integer> empty = pages.stream().filter(p -> p.ocr() && letters(p.text()) == 0).map(ExtractionResult.PageText::number).toList();
        if (!empty.isEmpty()) notes.add("OCR found no text on page(s) " + empty);
    }

    static long letters(String text) {
        return text.codePoints().filter(Character::isLetterOrDigit).count();
    }
}
