package org.redress.core.port;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.redress.core.corpus.IngestSummary;

/**
 * Adds files to a case's corpus as one source: stores the originals, reads them, indexes their pages.
 * Running it again on the same files finishes an interrupted run and adds nothing twice.
 */
public interface Ingester {
    IngestSummary run(List<Path> inputs, String sourceName, LocalDate received) throws IOException;
}
