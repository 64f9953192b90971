package org.redress.ingest.pipeline;

/** Hears how a run progresses, for a progress bar. Called from the worker threads. */
public interface IngestListener {
    default void started(long files) {}

    default void fileFinished(String path, long pagesSoFar, long filesDone) {}

    /** Just before each {@link #fileFinished}: the run's pages, pages read by OCR, and items that failed so far. */
    default void counts(long pages, long ocrPages, long failures) {}

    IngestListener NONE = new IngestListener() {};
}
