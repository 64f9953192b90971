package org.redress.app.wiring;

import org.redress.application.requests.ProductionIntake;
import org.redress.core.corpus.IngestSummary;

/**
 * Where the files given to a case go, decided in one place for {@code redress ingest}, {@code redress requests
 * produce} and the web's ingest form: read at once by the case's ingester (a case folder), or stored in the blob store
 * and queued for the workers (a team server), whose progress {@code redress status} and the web show.
 */
public interface Intake extends ProductionIntake<Intake.Outcome> {
    /** What became of the files. */
    sealed interface Outcome permits Read, Queued {}

    /** They were read: the run's summary. */
    record Read(IngestSummary summary) implements Outcome {}

    /**
     * They wait for the workers: the files seen, and of them the new jobs (a file of this production queued or read
     * already is not queued again).
     */
    record Queued(long files, long queued) implements Outcome {}
}
