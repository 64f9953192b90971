package org.redress.ingest.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.redress.core.corpus.IngestSummary;

/** Thread-safe counters of a run, turned into its summary at the end. */
final class Tally {
    final AtomicLong filesSeen = new AtomicLong();
    final AtomicLong filesNew = new AtomicLong();
    final AtomicLong filesDuplicate = new AtomicLong();
    final AtomicLong filesFailed = new AtomicLong();
    final AtomicLong documentsNew = new AtomicLong();
    final AtomicLong documentsDuplicate = new AtomicLong();
    final AtomicLong locationsNew = new AtomicLong();
    final AtomicLong pages = new AtomicLong();
    final AtomicLong ocrPages = new AtomicLong();
    final List<IngestSummary.FailureRow> failures = Collections.synchronizedList(new ArrayList<>());
    final List<String> notOcrd = Collections.synchronizedList(new ArrayList<>());

    IngestSummary summary(double seconds) {
        List<IngestSummary.FailureRow> f;
        List<String> n;
        synchronized (failures) {
            f = new ArrayList<>(failures);
        }
        synchronized (notOcrd) {
            n = new ArrayList<>(notOcrd);
        }
        f.sort(java.util.Comparator.comparing(IngestSummary.FailureRow::path));
        n.sort(null);
        boolean nothingNew = documentsNew.get() == 0 && locationsNew.get() == 0 && f.isEmpty();
        return new IngestSummary(
                filesSeen.get(),
                filesNew.get(),
                filesDuplicate.get(),
                filesFailed.get(),
                documentsNew.get(),
                documentsDuplicate.get(),
                pages.get(),
                ocrPages.get(),
                f,
                n,
                nothingNew,
                seconds,
                0); // screening, outside the pipeline, fills in mentionsNew
    }
}
