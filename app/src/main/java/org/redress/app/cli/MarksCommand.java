package org.redress.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseException;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.application.marks.MarkRow;
import org.redress.application.marks.MarkService;
import org.redress.application.marks.MarkingResult;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "marks",
        mixinStandardHelpOptions = true,
        description = {
            "Mark the corpus: pattern entities (emails, phones, A-numbers, licence plates, SSN-like numbers, dates),",
            "FOIA and state exemption marks, and animus flags from the lexicon. Every ingest marks what it adds; this",
            "catches up with anything not marked with the current rules, or with --again marks everything again",
            "(after editing the case's lexicon.txt the flags are found again by themselves)."
        },
        subcommands = {MarksCommand.ListMarks.class})
final class MarksCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--again", description = "Forget what was marked and mark the whole corpus again.")
    boolean again;

    @Option(names = "--json", description = "Print one JSON summary instead of the progress bar.")
    boolean json;

    @Option(
            names = "--progress",
            paramLabel = "WHEN",
            defaultValue = "${env:REDRESS_PROGRESS:-auto}",
            description = "Progress bar on standard error: auto, always or never (default: ${DEFAULT-VALUE}).")
    String progressMode;

    @Override
    public Integer call() throws Exception {
        boolean draw = !json && ProgressMode.parse(progressMode).draws(System.getenv("TERM"), ProgressMode.STDERR);
        try (CaseServices c = caseOption.open()) {
            MarkingResult r;
            if (draw) {
                try (ProgressBar bar = new ProgressBar(System.err)) {
                    MarkService.Progress progress = new MarkService.Progress() {
                        @Override
                        public void started(long documents) {
                            bar.started(documents);
                        }

                        @Override
                        public void documentDone(long done, long pages) {
                            bar.fileFinished("", pages, done);
                        }
                    };
                    r = again ? c.marks().markAgain(progress) : c.marks().mark(progress);
                }
            } else {
                r = again
                        ? c.marks().markAgain(MarkService.Progress.NONE)
                        : c.marks().mark(MarkService.Progress.NONE);
            }
            if (json) {
                System.out.println(Json.write(r));
            } else {
                System.out.printf(
                        "%s marked: %s, %s, %s.%n",
                        Count.of(r.documentsMarked(), "document", "documents"),
                        Count.of(r.entitiesNew(), "new entity", "new entities"),
                        Count.of(r.exemptionsNew(), "new exemption mark", "new exemption marks"),
                        Count.of(r.flagsNew(), "new flag", "new flags"));
            }
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        return new AuditNote(AuditAction.MARKS_RUN, "", again ? "again" : "");
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "The marks found: pattern entities and exemption marks (flags: redress flags).")
    static final class ListMarks implements Callable<Integer>, Audited {
        @Mixin
        CaseOption caseOption;

        @Option(
                names = "--kind",
                paramLabel = "KIND",
                description = "Only this kind: email, phone, a-number, plate, ssn, date, exemption.")
        String kind;

        @Option(names = "--document", paramLabel = "ID", description = "Only this document (its id or a prefix).")
        String document;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (CaseServices c = caseOption.open()) {
                c.marks().mark(MarkService.Progress.NONE);
                String id = document == null
                        ? null
                        : c.corpus()
                                .view(document)
                                .map(v -> v.document().id())
                                .orElseThrow(() -> new CaseException(
                                        "no document '" + document + "' in this case (or the prefix is not unique)"));
                List<MarkRow> rows = c.marks().list(kind, id).stream()
                        .filter(m -> !m.kind().equals("flag"))
                        .toList();
                if (json) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("marks", rows);
                    System.out.println(Json.write(out));
                } else {
                    for (MarkRow m : rows) {
                        System.out.printf(
                                "%s  %-9s %s p.%d  %s%s%n",
                                m.id(),
                                m.kind(),
                                m.path(),
                                m.page(),
                                m.code().isEmpty() ? m.value() : m.code(),
                                m.label().isEmpty() ? "" : "  (" + m.label() + ")");
                    }
                }
            }
            return 0;
        }

        @Override
        public AuditNote audit() {
            return new AuditNote(AuditAction.MARKS_VIEW, document, kind == null ? "" : "kind " + kind);
        }
    }
}
