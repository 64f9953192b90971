package org.redress.application.requests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Takes in a production's files as one source of the case: reads them at once, or, on a team server, stores them and
 * queues them for the workers. {@code T} is what it tells of them: the ingest's summary, or what was queued.
 */
@FunctionalInterface
public interface ProductionIntake<T> {
    T take(List<Path> inputs, String sourceName, LocalDate received) throws IOException;

    /**
     * The source is now the request's production. An intake that queued the files may have seen its workers sign the
     * source's manifest before the link was made; it signs it again, naming the request.
     */
    default void linked(String sourceName) {}
}
