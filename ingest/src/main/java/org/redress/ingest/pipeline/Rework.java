package org.redress.ingest.pipeline;

import org.redress.core.corpus.Document;

/**
 * Which documents already in the case must be extracted again: ones a crash left unfinished,
 * scans that waited for Tesseract now that it is here, and encrypted files when passwords are
 * given. Everything else is done and is never extracted (or OCR'd) twice.
 */
record Rework(boolean ocrAvailable, boolean passwordsGiven) {
    boolean needed(Document d) {
        return switch (d.status()) {
            case PENDING -> true;
            case NEEDS_OCR -> ocrAvailable;
            case FAILED ->
                passwordsGiven && d.statusDetail() != null && d.statusDetail().startsWith("password-protected");
            case DONE -> false;
        };
    }
}
