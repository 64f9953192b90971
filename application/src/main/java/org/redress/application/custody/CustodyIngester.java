package org.redress.application.custody;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.redress.core.corpus.IngestSummary;
import org.redress.core.custody.RequestRef;
import org.redress.core.port.Ingester;

/**
 * Any ingester, with the source's manifest recorded when a run finishes. A run that fails records nothing: the
 * re-run that finishes it does.
 */
public final class CustodyIngester implements Ingester {
    private final Ingester ingester;
    private final CustodyRecorder recorder;
    private final Clock clock;
    private final String user;
    private final RequestRef answering;

    /** @param answering the request this run is a production for, or null (see {@link CustodyRecorder#record}) */
    public CustodyIngester(
            Ingester ingester, CustodyRecorder recorder, Clock clock, String user, RequestRef answering) {
        this.ingester = ingester;
        this.recorder = recorder;
        this.clock = clock;
        this.user = user;
        this.answering = answering;
    }

    @Override
    public IngestSummary run(List<Path> inputs, String sourceName, LocalDate received) throws IOException {
        Instant started = clock.instant();
        IngestSummary summary = ingester.run(inputs, sourceName, received);
        recorder.record(sourceName, started, clock.instant(), user, answering);
        return summary;
    }
}
