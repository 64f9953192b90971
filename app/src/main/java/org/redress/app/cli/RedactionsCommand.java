package org.redress.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.redress.app.export.RedactionExport;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseException;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.application.marks.MarkService;
import org.redress.application.marks.RedactionReport;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "redactions",
        mixinStandardHelpOptions = true,
        description = {
            "How much was withheld and under which exemption: the exemption marks of the corpus counted per source",
            "(with the agency of the request it answers), per agency or per document. As JSON, CSV or a Word table",
            "(--docx FILE): the start of a Vaughn-index challenge."
        })
final class RedactionsCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--by", paramLabel = "WHAT", defaultValue = "source", description = "source, agency or document.")
    String by;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Option(names = "--csv", description = "Print CSV.")
    boolean csv;

    @Option(
            names = {"--docx", "--out"},
            paramLabel = "FILE",
            description = "Write the table as a Word document (.docx) to FILE.")
    Path docx;

    @Override
    public Integer call() throws Exception {
        if (json && csv) throw new CaseException("give --json or --csv, not both");
        if (docx != null
                && !docx.getFileName()
                        .toString()
                        .toLowerCase(java.util.Locale.ROOT)
                        .endsWith(".docx")) {
            throw new CaseException("--docx writes a Word document: give a file name ending in .docx");
        }
        RedactionReport.By per = RedactionReport.By.of(by);
        try (CaseServices c = caseOption.open()) {
            c.marks().mark(MarkService.Progress.NONE);
            RedactionReport report = c.marks().redactions(per);
            if (docx != null) {
                Files.write(
                        docx,
                        RedactionExport.docx(
                                "Exemptions claimed, by " + per.name().toLowerCase(java.util.Locale.ROOT), report));
            }
            if (json) {
                System.out.println(Json.write(report));
            } else if (csv) {
                System.out.print(new String(RedactionExport.csv(report), StandardCharsets.UTF_8));
            } else if (docx != null) {
                System.out.printf(
                        "Wrote %s: %s.%n", docx, Count.of(report.rows().size(), "row", "rows"));
            } else {
                for (RedactionReport.Row r : report.rows()) {
                    String where = r.path() != null ? r.path() : r.source() != null ? r.source() : "";
                    System.out.printf(
                            "%-12s %4s %-9s %5s %-5s %6s %-5s  %s%s%n",
                            r.exemption(),
                            Count.number(r.documents()),
                            Count.noun(r.documents(), "document", "documents"),
                            Count.number(r.pages()),
                            Count.noun(r.pages(), "page", "pages"),
                            Count.number(r.marks()),
                            Count.noun(r.marks(), "mark", "marks"),
                            where,
                            r.agency() == null ? "" : (where.isEmpty() ? "" : " · ") + r.agency());
                }
                System.out.printf(
                        "%s on %s.%n",
                        Count.of(report.marksTotal(), "exemption mark", "exemption marks"),
                        Count.of(report.pagesWithMarks(), "page", "pages"));
            }
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        String format = docx != null ? "docx" : csv ? "csv" : json ? "json" : "text";
        return new AuditNote(
                docx != null || csv ? AuditAction.REDACTIONS_EXPORT : AuditAction.REDACTIONS_VIEW,
                docx == null ? "" : docx.getFileName().toString(),
                "by " + by.strip() + ", " + format);
    }
}
