package org.redress.app.wiring;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.redress.core.corpus.Sha256;
import org.redress.ingest.pipeline.InputFiles;
import org.redress.store.postgres.FileQueue;

/**
 * {@code redress ingest} on a team server (issue 13): each file of the inputs is stored in the case's blob store and
 * queued for the workers, under the path the inline ingest would give it. Nothing is read here.
 */
public final class IngestQueueing {
    private IngestQueueing() {}

    public static Intake.Queued queue(ServerCase on, List<Path> inputs, String sourceName, LocalDate received)
            throws IOException {
        return queue(on, inputs, sourceName, received, QueuedSettings.DEFAULTS);
    }

    /** As {@link #queue(ServerCase, List, String, LocalDate)}, each job to be read with {@code settings}. */
    public static Intake.Queued queue(
            ServerCase on, List<Path> inputs, String sourceName, LocalDate received, QueuedSettings settings)
            throws IOException {
        FileQueue queue = on.queue();
        String text = settings.text();
        long files = 0;
        long queued = 0;
        for (InputFiles.InputFile file : InputFiles.list(inputs)) {
            files++;
            String sha = Sha256.of(file.file());
            if (!on.blobs().contains(sha)) on.blobs().put(sha, file.file());
            if (queue.add(sha, file.displayPath(), sourceName, received, System.getProperty("user.name"), text))
                queued++;
        }
        return new Intake.Queued(files, queued);
    }
}
