package org.redress.core.corpus;

/** Where a document stands in the ingest pipeline. */
public enum ExtractionStatus {
    /** Recorded, but its text or its children are not all in yet: a re-run finishes it. */
    PENDING,
    /** Text extracted, children done, indexed. */
    DONE,
    /** Extracted, but some pages need OCR that could not run (Tesseract missing): a re-run with OCR finishes it. */
    NEEDS_OCR,
    /** Could not be read; the reason is in the status detail and in the failures. */
    FAILED
}
