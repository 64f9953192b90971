package org.redress.app.wiring;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The intake of a case on a team server: the files stored and queued for {@code redress worker}, nothing read here. */
final class QueuedIntake implements Intake {
    private final CaseServices services;
    private final ServerCase on;
    private final QueuedSettings settings;

    QueuedIntake(CaseServices services, ServerCase on, QueuedSettings settings) {
        this.services = services;
        this.on = on;
        this.settings = settings;
    }

    @Override
    public Outcome take(List<Path> inputs, String sourceName, LocalDate received) throws IOException {
        Queued queued = IngestQueueing.queue(on, inputs, sourceName, received, settings);
        // A production whose files were all read before (an ingest run again) is signed here: no worker will be.
        if (queued.queued() == 0) QueuedProductions.sign(services, on.queue(), sourceName);
        return queued;
    }

    @Override
    public void linked(String sourceName) {
        QueuedProductions.sign(services, on.queue(), sourceName);
    }
}
