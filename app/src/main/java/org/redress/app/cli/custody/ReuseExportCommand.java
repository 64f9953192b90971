package org.redress.app.cli.custody;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.redress.app.cli.Audited;
import org.redress.app.cli.CaseOption;
import org.redress.app.export.ReuseExhibit;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.application.reuse.MatchRow;
import org.redress.application.reuse.ReuseService;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code redress export reuse}: the exhibit table of text reuse. */
@Command(
        name = "reuse",
        mixinStandardHelpOptions = true,
        description = {
            "The exhibit table of text reuse as a Word document: our words | their record | citation with page, the",
            "differences underlined. Passages of private references are left out unless --include-private."
        })
public final class ReuseExportCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write the .docx.")
    Path output;

    @Option(
            names = "--min-words",
            paramLabel = "N",
            defaultValue = "40",
            description = "Shortest passage (default: ${DEFAULT-VALUE}).")
    int minWords;

    @Option(names = "--include-private", description = "Include passages of private references (closed meetings).")
    boolean includePrivate;

    @Option(names = "--title", description = "Title of the document.")
    String title;

    private String detail;

    @Override
    public Integer call() throws Exception {
        try (CaseServices c = caseOption.open()) {
            ReuseService reuse = c.reuse();
            reuse.compare(n -> {});
            List<MatchRow> rows = reuse.matches(minWords);
            List<ReuseExhibit.Entry> entries = new ArrayList<>();
            int leftOut = 0;
            for (MatchRow r : rows) {
                if (r.isPrivate() && !includePrivate) {
                    leftOut++;
                    continue;
                }
                entries.add(new ReuseExhibit.Entry(r, reuse.pair(ReuseService.matchOf(r))));
            }
            Files.write(output, ReuseExhibit.docx(title == null ? "Our words in their records" : title, entries));
            detail = Count.of(entries.size(), "passage", "passages") + (includePrivate ? ", private included" : "");
            System.out.printf(
                    "Wrote %s to %s.%s%n",
                    Count.of(entries.size(), "passage", "passages"),
                    output,
                    leftOut == 0
                            ? ""
                            : " " + Count.of(leftOut, "passage", "passages")
                                    + " of private references left out (--include-private).");
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        return new AuditNote(AuditAction.REUSE_EXPORT, "", detail);
    }
}
