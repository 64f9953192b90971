package org.redress.app.wiring;

import org.redress.ingest.extract.ExtractionRequest;
import org.redress.ingest.extract.ExtractionResult;
import org.redress.ingest.extract.Extractor;

/**
 * A reader lent to an ingest run, which closes every reader it used when it ends: this one stays open for its owner
 * (a worker thread, which reads batch after batch with one reader process) to close.
 */
final class LentExtractor implements Extractor {
    private final Extractor owned;

    LentExtractor(Extractor owned) {
        this.owned = owned;
    }

    @Override
    public ExtractionResult extract(ExtractionRequest request) {
        return owned.extract(request);
    }

    @Override
    public void close() {
        // the owner's to close
    }
}
