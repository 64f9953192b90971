package org.redress.app.wiring;

import java.io.IOException;
import java.util.Optional;
import org.redress.store.postgres.FileQueue;

/**
 * The custody manifest of a production queued on a team server, signed once none of its files waits or is being read:
 * by the worker that finishes its last file, or by {@code redress ingest} when everything it queued was read before.
 */
public final class QueuedProductions {
    private QueuedProductions() {}

    /**
     * Signs the production's next manifest if it is settled and its files changed. Two workers finishing its last two
     * files at once both get here: the lock makes the second find the manifest written and write nothing.
     */
    public static void sign(CaseServices services, FileQueue queue, String sourceName) {
        try {
            queue.exclusively("manifest/" + sourceName, () -> {
                Optional<FileQueue.Settled> settled = queue.settled(sourceName);
                if (settled.isPresent())
                    services.recordQueuedProduction(
                            sourceName,
                            settled.get().queued(),
                            settled.get().finished(),
                            settled.get().queuedBy());
            });
        } catch (IOException | RuntimeException e) {
            // The files are in the case; only the manifest is missing, and redress verify says so.
            System.err.println("warning: the custody manifest of a production could not be signed yet ("
                    + e.getClass().getSimpleName() + "); redress verify lists it, and the next ingest of its files"
                    + " signs it");
        }
    }
}
