package org.redress.app.cli;

import java.util.concurrent.Callable;
import org.redress.app.json.Json;
import org.redress.app.json.StatusJson;
import org.redress.app.json.WorkersJson;
import org.redress.app.wiring.CaseServices;
import org.redress.app.wiring.Workers;
import org.redress.application.audit.AuditNote;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import org.redress.core.corpus.CaseStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "What the case holds, and any ingest left unfinished.")
final class StatusCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (CaseServices c = caseOption.open()) {
            CaseStatus s = c.documents().status();
            var workers = c.workers();
            if (json) {
                System.out.println(Json.write(
                        StatusJson.of(s, c.index().pageCount(), c.reuse().referenceSources())
                                .withWorkers(workers.map(w -> WorkersJson.of(w.counts(), w.pace())))));
                return 0;
            }
            workers.filter(Workers::busy).ifPresent(w -> System.out.println(WorkersReport.plain(w)));
            System.out.printf(
                    "%s, %s (%d read by OCR), from %s; %s could not be read.%n",
                    Count.of(s.documents(), "document", "documents"),
                    Count.of(s.pages(), "page", "pages"),
                    s.ocrPages(),
                    Count.of(s.sources(), "source", "sources"),
                    Count.of(s.failures(), "file", "files"));
            var refs = c.reuse().referenceSources();
            if (!refs.isEmpty()) {
                System.out.printf(
                        "%d of the sources are the group's own material (reference): %s.%n",
                        refs.size(),
                        String.join(
                                ", ",
                                refs.stream()
                                        .map(r -> r.name() + (r.isPrivate() ? " (private)" : ""))
                                        .toList()));
            }
            if (s.needsOcrDocuments() > 0) {
                System.out.println(Count.of(s.needsOcrDocuments(), "document has", "documents have")
                        + " scanned pages waiting for OCR.");
            }
            if (!s.unfinishedRuns().isEmpty() || s.pendingDocuments() > 0) {
                System.out.println("An ingest was interrupted. Run the same ingest command again to finish it:");
                s.unfinishedRuns()
                        .forEach(r -> System.out.println("  started " + r.started() + " on "
                                + r.arguments().replace('\n', ' ')));
            }
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        return AuditNote.of(AuditAction.STATUS_VIEW);
    }
}
