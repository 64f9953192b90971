package org.redress.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.redress.app.export.ChronologyExport;
import org.redress.app.export.TimelineChart;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.application.casemodel.Chronology;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import org.redress.core.casemodel.CaseModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "chronology",
        mixinStandardHelpOptions = true,
        description = {
            "A court-ready chronology table (date, fact, people, source with page, disputed).",
            "DOCX (editable in Word) and PDF include the timeline chart. CSV and JSON go to standard output unless --output is given."
        })
final class ChronologyCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--format", defaultValue = "csv", description = "csv, json, docx or pdf (default: csv).")
    String format;

    @Option(
            names = "--person",
            paramLabel = "NAME",
            description = "Only the events involving this person (name or alias).")
    String person;

    @Option(names = "--output", paramLabel = "FILE", description = "Where to write (required for docx and pdf).")
    Path output;

    @Option(names = "--title", description = "Title of the document.")
    String title;

    @Option(
            names = "--redact",
            description =
                    "Replace personal identifiers (A-numbers, SSNs, birth dates, addresses, phone numbers) with labels, for a chronology that leaves the case.")
    boolean redact;

    @Option(
            names = {"--include-watch-list", "--include_watch_list"},
            description = {
                "Also the derived entries \"first named in the agency's records\" and their markers on the chart.",
                "They say who is on the watch list, which stays in the case unless you ask for it."
            })
    boolean includeWatchList;

    @Option(
            names = {"--include-private", "--include_private"},
            description =
                    "Keep quotes from private references (the group's notes of closed meetings); left out otherwise.")
    boolean includePrivate;

    @Override
    public Integer call() throws IOException {
        ChronologyExport.Format f = ChronologyExport.Format.of(format);
        if (output == null && (f == ChronologyExport.Format.DOCX || f == ChronologyExport.Format.PDF)) {
            throw new org.redress.core.UserMistake("--format " + format + " writes a file: give --output FILE");
        }
        try (CaseServices c = caseOption.open()) {
            CaseModel model = c.caseModel();
            var reuse = c.reuse();
            List<Chronology.Row> rows = includePrivate
                    ? Chronology.rows(model.store(), person)
                    : Chronology.withoutQuotesOf(model.store(), person, reuse::isPrivateReference);
            List<org.redress.application.mentions.FirstNamed> known = List.of();
            if (includeWatchList) {
                c.mentions().screen(); // catch up first, as redress mentions does
                known = c.mentions().firstNamed();
                rows = c.mentions().withKnowledge(rows, person, "First named in the agency's records");
            }
            if (redact) rows = Chronology.redact(rows, org.redress.analysis.redaction.Redactor.standard());
            String t = title != null
                    ? title
                    : "Chronology"
                            + (person == null
                                    ? ""
                                    : " — " + model.store().person(person).get().name());
            byte[] chart = f == ChronologyExport.Format.DOCX || f == ChronologyExport.Format.PDF
                    ? TimelineChart.png(model.store(), known)
                    : null;
            byte[] bytes = ChronologyExport.export(f, t, rows, chart);
            if (output == null) {
                System.out.write(bytes);
                System.out.flush();
            } else {
                Files.write(output, bytes);
                System.err.printf("Wrote %s to %s%n", Count.of(rows.size(), "event", "events"), output);
            }
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        String d = "format=" + format + (person == null ? "" : " person=" + person) + (redact ? " redacted" : "")
                + (includeWatchList ? " with the watch list" : "");
        return new AuditNote(
                AuditAction.CHRONOLOGY_EXPORT, output == null ? "" : String.valueOf(output.getFileName()), d);
    }
}
