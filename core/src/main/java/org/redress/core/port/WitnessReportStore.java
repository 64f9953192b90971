package org.redress.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redress.core.casemodel.WitnessReport;

/**
 * The reports sent through the witness form, kept apart from the case's events so that a draft can never reach the
 * chronology, its exports, the claims or the statistics. Nothing is ever deleted: a rejected report keeps its
 * statement and attachments. Every write is atomic.
 */
public interface WitnessReportStore extends AutoCloseable {

    /** Stores a new draft with its attachments; returns it with its id. */
    WitnessReport add(WitnessReport report);

    /** Every report, newest first. */
    List<WitnessReport> reports();

    Optional<WitnessReport> report(long id);

    /** Records that the draft became event {@code eventId}; false when it was not a draft (any more). */
    boolean accept(long id, String eventId, Instant at);

    /** Records that the draft was rejected, and why; false when it was not a draft (any more). */
    boolean reject(long id, String reason, Instant at);

    @Override
    void close();
}
