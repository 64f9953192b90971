package org.redress.ingest.pipeline;

/** Hears how a run progresses, for a progress bar. Called from the worker threads. */
public interface IngestListener {
    default void started(long files) {}

    default void fileFinished(String path, long pagesSoFar, long filesDone) {}

    IngestListener NONE = new IngestListener() {};
}
