package org.redress.ingest.pipeline;

/** Hears how a run progresses, for a progress bar. Called from the worker threads. */
public interface IngestListener {
    default void started(long files) {}

    default void fileFinished(String path, long pagesSoFar, long filesDone) {}

    /** Just before each {@link #fileFinished}: the run's pages, pages read by OCR, and items that failed so far. */
    default void counts(long pages, long ocrPages, long failures) {}

    /**
     * After the files are read, the standing analyses of what the run added: {@code stage} is {@code screening} (the
     * watch list), {@code marking} (entities, exemption marks, flags) or {@code comparing} (with the group's own
     * material); {@code done} of {@code total} documents ({@code total} -1 where it is not known ahead).
     */
    default void analysing(String stage, long done, long total) {}

    IngestListener NONE = new IngestListener() {};
}
