package org.redress.ingest.extract;

import java.time.Instant;
import java.util.List;
import org.redress.core.corpus.EmailHeaders;

/** What extraction found in one file, or why it could not read it. */
public record ExtractionResult(
        boolean ok,
        String failure,
        String mediaType,
        String title,
        String author,
        Instant created,
        Instant modified,
        String language,
        EmailHeaders email,
        List<PageText> pages,
        List<Child> children,
        List<Integer> pagesNeedingOcr,
        String openedWith,
        List<String> notes) {

    /** The text of one page; {@code ocr} when it was read from an image. */
    public record PageText(int number, String text, boolean ocr) {}

    /** An embedded item saved to a file, with its name inside the container. */
    public record Child(String file, String name, String failure) {}

    public ExtractionResult {
        pages = pages == null ? List.of() : List.copyOf(pages);
        children = children == null ? List.of() : List.copyOf(children);
        pagesNeedingOcr = pagesNeedingOcr == null ? List.of() : List.copyOf(pagesNeedingOcr);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public static ExtractionResult failed(String mediaType, String reason) {
        return new ExtractionResult(
                false, reason, mediaType, null, null, null, null, null, null, List.of(), List.of(), List.of(), null,
                List.of());
    }
}
