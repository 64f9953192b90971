package org.redress.ingest.extract;

/**
 * Reads one file. Implementations never throw for a bad file: they return a failed result. They
 * throw {@link ExtractorUnavailableException} only when they cannot read any file.
 */
public interface Extractor extends AutoCloseable {
    ExtractionResult extract(ExtractionRequest request);

    @Override
    default void close() {}
}
