package org.redress.ingest.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.redress.core.Count;
import org.redress.ingest.ocr.PdfPageRenderer;
import org.redress.ingest.ocr.Pdftoppm;
import org.redress.ingest.ocr.Tesseract;

/**
 * Decides which pages need OCR and runs it. A PDF page whose text layer has almost nothing on
 * it is rendered and read again; a page that still yields nothing is reported, never left
 * silently empty (Datashare loses scans this way), and a page that could not be rendered says why.
 */
final class PageOcr {
    /** Fewer letters than this on a PDF page means it is a scan or a picture of text. */
    static final int MIN_LETTERS = 16;

    private final Optional<Tesseract> tesseract;
    private final Optional<Pdftoppm> pdftoppm;
    private final Runnable heartbeat;
    private final Path workDir;

    PageOcr(Optional<Tesseract> tesseract, Optional<Pdftoppm> pdftoppm, Runnable heartbeat, Path workDir) {
        this.tesseract = tesseract;
        this.pdftoppm = pdftoppm;
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
        for (int i = 0; i < texts.size(); i++)
            pages.add(new ExtractionResult.PageText(i + 1, PageSplitter.tidy(texts.get(i)), true));
        reportEmpty(pages, List.of(), notes);
        return pages;
    }

    List<ExtractionResult.PageText> pdf(
            Path file,
            String password,
            List<ExtractionResult.PageText> pages,
            List<Integer> needOcr,
            List<String> notes)
            throws IOException {
        List<Integer> scans = new ArrayList<>();
        for (ExtractionResult.PageText p : pages) if (letters(p.text()) < MIN_LETTERS) scans.add(p.number());
        if (scans.isEmpty()) return pages;
        if (tesseract.isEmpty()) {
            needOcr.addAll(scans);
            return pages;
        }
        List<ExtractionResult.PageText> out = new ArrayList<>(pages);
        List<Integer> unrendered = new ArrayList<>();
        Files.createDirectories(workDir);
        try (PdfPageRenderer renderer = new PdfPageRenderer(file, password, pdftoppm)) {
            for (int number : scans) {
                if (number > renderer.pageCount()) continue;
                PdfPageRenderer.Rendering page = renderer.render(number, workDir);
                try {
                    String text =
                            PageSplitter.tidy(String.join("\n", tesseract.get().read(page.image())));
                    String layer = out.get(number - 1).text();
                    // Keep whatever the text layer had (a Bates stamp) if OCR reads less.
                    if (letters(text) >= letters(layer))
                        out.set(number - 1, new ExtractionResult.PageText(number, text, true));
                    if (page.problem() != null) {
                        unrendered.add(number);
                        notes.add("page " + number
                                + (letters(text) == 0 ? " could not be rendered" : " was only partly rendered")
                                + " for OCR: " + page.problem());
                    }
                } finally {
                    Files.deleteIfExists(page.image());
                }
                heartbeat.run();
            }
        } finally {
            Files.deleteIfExists(workDir);
        }
        reportEmpty(out, unrendered, notes);
        return out;
    }

    /** OCR'd pages with no text, except those that could not be rendered: they say why instead. */
    private static void reportEmpty(
            List<ExtractionResult.PageText> pages, List<Integer> unrendered, List<String> notes) {
        List<Integer> empty = pages.stream()
                .filter(p -> p.ocr() && letters(p.text()) == 0)
                .map(ExtractionResult.PageText::number)
                .filter(n -> !unrendered.contains(n))
                .toList();
        if (!empty.isEmpty()) notes.add("OCR found no text on " + Count.noun(empty.size(), "page ", "pages ") + empty);
    }

    static long letters(String text) {
        return text.codePoints().filter(Character::isLetterOrDigit).count();
    }
}
