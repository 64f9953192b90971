package org.redress.app.web.viewer;

/**
 * Why a page has no image: {@link Reason} says whether there is nothing to draw (not a PDF or an image, no such page)
 * or the original could not be drawn safely. The message names the document's format and limits, never its text.
 */
public final class PageImageException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, from the reader's side. */
    public enum Reason {
        /** The format has no pages to draw (an email, a spreadsheet, plain text). */
        NO_IMAGE,
        /** The document has fewer pages. */
        NO_PAGE,
        /** The original is damaged, protected by a password, or in a variant the renderer does not read. */
        UNREADABLE,
        /** The original or its page is larger than the renderer's limits. */
        TOO_LARGE,
        /** Drawing it took longer than the time limit. */
        TIMED_OUT,
        /** Every renderer is busy; try again in a moment. */
        BUSY
    }

    private final Reason reason;

    public PageImageException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public PageImageException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
