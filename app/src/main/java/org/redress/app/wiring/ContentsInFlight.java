package org.redress.app.wiring;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.redress.ingest.pipeline.InFlight;

/**
 * The contents each case's worker threads are reading right now in this process, one {@link InFlight} per case: each
 * thread reads its batch in an ingest run of its own, and without this two runs could read the same nested item (a
 * Word file inside an Access database and beside it) at once, and list its failure under both paths. The queue's
 * lock covers the queued files' own contents, across machines; this covers what is inside them, within a process.
 */
final class ContentsInFlight {
    private static final Map<Path, InFlight> CASES = new ConcurrentHashMap<>();

    private ContentsInFlight() {}

    static InFlight of(Path caseRoot) {
        return CASES.computeIfAbsent(caseRoot.toAbsolutePath().normalize(), r -> InFlight.sharedByRuns());
    }
}
