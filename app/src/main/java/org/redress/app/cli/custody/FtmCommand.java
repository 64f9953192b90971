package org.redress.app.cli.custody;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.redress.app.cli.Audited;
import org.redress.app.cli.CaseOption;
import org.redress.app.export.FtmExport;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code redress export ftm}: the case as FollowTheMoney entities, for Aleph and OpenAleph. */
@Command(
        name = "ftm",
        mixinStandardHelpOptions = true,
        description = {
            "The case as FollowTheMoney entities, one JSON object a line (Person, Organization, Membership, Email,",
            "Document, Event, Mention), to load into Aleph or OpenAleph. The watch list stays out unless",
            "--include-watch-list is given: watched people carry only their name and no Mention is written."
        })
final class FtmCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path output;

    @Option(
            names = {"--include-watch-list", "--watch-list"},
            description = "Also the watched people's aliases, addresses and notes, and their mentions.")
    boolean watchList;

    @Option(names = "--with-text", description = "Also each document's text (bodyText).")
    boolean text;

    @Override
    public Integer call() throws Exception {
        try (CaseServices c = caseOption.open()) {
            FtmExport export = new FtmExport(
                    c.documents(),
                    c.caseModel().store(),
                    c.folder().mentions(),
                    c.mailDomains(),
                    new FtmExport.Options(watchList, text));
            if (output == null) {
                Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                export.write(w);
            } else {
                try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    int n = export.write(w);
                    System.err.printf("Wrote %d FollowTheMoney entities to %s%n", n, output);
                }
            }
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        return new AuditNote(AuditAction.FTM_EXPORT, "ftm", (watchList ? "with" : "without") + " the watch list");
    }
}
