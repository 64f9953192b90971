package org.redress.app.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.application.reuse.MatchRow;
import org.redress.application.reuse.ReuseService;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "reuse",
        mixinStandardHelpOptions = true,
        description = {
            "Where the agency's records quote the group's own material (sources ingested with --reference): every",
            "passage that copies, trims, re-wraps, re-cases, OCR-damages or rewords a reference passage, with exact",
            "offsets on both sides, both dates, and whether a private reference turned up in a record dated after it.",
            "Records not yet compared with every reference are compared first."
        })
final class ReuseCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(
            names = "--min-words",
            paramLabel = "N",
            defaultValue = "40",
            description = "Shortest passage, in our words (default: ${DEFAULT-VALUE}; at least 12).")
    int minWords;

    @Option(names = "--json", description = "Print one JSON document: {\"matches\": [...]}.")
    boolean json;

    private int found;

    @Override
    public Integer call() throws Exception {
        try (CaseServices c = caseOption.open()) {
            ReuseService reuse = c.reuse();
            if (minWords < ReuseService.LOWEST_MIN_WORDS) reuse.matches(minWords); // says why, before any work
            reuse.compare(n -> {});
            List<MatchRow> rows = reuse.matches(minWords);
            found = rows.size();
            if (json) {
                System.out.println(Json.write(Map.of("matches", rows)));
                return 0;
            }
            if (reuse.referenceSources().isEmpty())
                System.out.println(
                        "No reference sources yet: add the group's material with redress ingest --reference.");
            for (MatchRow m : rows) {
                System.out.printf(
                        "%s p.%d [%d-%d]  %s %.2f, %d words  ← %s [%d-%d]%s%s%s%n",
                        m.path(),
                        m.page(),
                        m.start(),
                        m.end(),
                        m.kind(),
                        m.similarity(),
                        m.words(),
                        m.referencePath(),
                        m.referenceStart(),
                        m.referenceEnd(),
                        m.isPrivate() ? "  PRIVATE" : "",
                        m.privateBeforeRecord() ? "  (record dated on or after the private meeting)" : "",
                        m.datesInconsistent() ? "  (record dated before our words: check the dates)" : "");
            }
            System.out.println(Count.of(rows.size(), "passage", "passages") + ".");
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        return new AuditNote(
                AuditAction.REUSE_VIEW, "", Count.of(found, "passage", "passages") + ", min words " + minWords);
    }
}
