package org.redress.app.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import org.redress.ingest.pipeline.MailHeaderRefresh;
import org.redress.ingest.pipeline.Reindex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        description =
                "Rebuild the search index from the case's stored text (after the index/ folder was lost or damaged).")
final class ReindexCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Option(
            names = "--mail-headers",
            description = "Also read the References header of emails stored before it was kept (headers only).")
    boolean mailHeaders;

    @Override
    public Integer call() throws Exception {
        try (CaseServices c = caseOption.open()) {
            int read = mailHeaders ? MailHeaderRefresh.run(c.documents(), c.blobs(), n -> {}) : 0;
            if (mailHeaders && !json)
                System.out.println("Mail headers read again: " + Count.of(read, "email", "emails") + ".");
            long pages = Reindex.run(c.documents(), c.index());
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            out.put("indexedPages", pages);
            if (mailHeaders) out.put("mailHeadersRead", read);
            System.out.println(
                    json ? Json.write(out) : "Search index rebuilt: " + Count.of(pages, "page", "pages") + ".");
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        return AuditNote.of(AuditAction.REINDEX);
    }
}
