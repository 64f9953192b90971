package org.redress.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.redress.analysis.mail.Grouping;
import org.redress.app.export.GraphFormats;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.application.mail.MailService;
import org.redress.core.UserMistake;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code redress graph}: who wrote to whom, from the emails' headers. */
@Command(
        name = "graph",
        mixinStandardHelpOptions = true,
        description = {
            "Who wrote to whom: one edge per sender and recipient, counting each message once however many",
            "mailboxes or productions hold it (by Message-ID). Organisations come from the case's organisations.txt",
            "and its people; --between A --and B gives the traffic between two organisations month by month."
        })
final class GraphCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--format", defaultValue = "json", description = "json, csv, graphml or gexf (default: json).")
    String format;

    @Option(names = "--by", defaultValue = "address", description = "Nodes: address (default), person or organisation.")
    String by;

    @Option(
            names = "--from",
            paramLabel = "DATE",
            description = "Only messages sent on or after this day (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only messages sent on or before this day (YYYY-MM-DD).")
    String to;

    @Option(names = "--between", paramLabel = "ORG", description = "The first organisation (with --and).")
    String between;

    @Option(names = "--and", paramLabel = "ORG", description = "The second organisation (with --between).")
    String and;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        GraphFormats.Format f = GraphFormats.Format.of(format);
        Grouping grouping = Grouping.fromText(by);
        LocalDate fromDay = MailService.day("--from", from);
        LocalDate toDay = MailService.day("--to", to);
        if ((between == null) != (and == null))
            throw new UserMistake("--between ORG needs --and ORG, and --and needs --between");
        String text;
        try (CaseServices c = caseOption.open()) {
            MailService mail = c.mail();
            text = between != null
                    ? GraphFormats.write(mail.between(between, and, fromDay, toDay), f)
                    : GraphFormats.write(mail.graph(grouping, fromDay, toDay), f);
        }
        if (output == null) System.out.println(text);
        else Files.writeString(output, text);
        return 0;
    }

    @Override
    public AuditNote audit() {
        return AuditNote.of(AuditAction.GRAPH_VIEW, between != null ? between + " / " + and : by);
    }
}
