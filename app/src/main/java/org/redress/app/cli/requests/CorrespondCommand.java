package org.redress.app.cli.requests;

import static org.redress.app.cli.requests.RequestOptions.print;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.redress.app.cli.Audited;
import org.redress.app.json.RequestJson;
import org.redress.application.audit.AuditNote;
import org.redress.application.requests.RequestInput;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import org.redress.core.requests.Correspondence;
import org.redress.core.requests.Direction;
import org.redress.core.requests.Request;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code redress requests correspond}: records a letter, email or call, keeping its attachments as originals. */
@Command(
        name = "correspond",
        mixinStandardHelpOptions = true,
        description = "Record a letter, email or call about a request; attached files are kept as originals.")
final class CorrespondCommand implements Callable<Integer>, Audited {
    @Mixin
    RequestOptions options;

    @Parameters(index = "0", paramLabel = "REQUEST", description = "Its number or tracking number.")
    String ref;

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "Date of the letter or call.")
    String date;

    @Option(
            names = "--direction",
            required = true,
            paramLabel = "in|out",
            description = "in: from the agency; out: to the agency.")
    String direction;

    @Option(
            names = "--kind",
            paramLabel = "KIND",
            defaultValue = "letter",
            description =
                    "e.g. request, acknowledgment, fee_notice, clarification, determination, appeal, call (default: ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--summary", paramLabel = "TEXT", description = "What it says.")
    String summary;

    @Parameters(index = "1..*", paramLabel = "ATTACHMENT", arity = "0..*", description = "Files attached to it.")
    List<Path> attachments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        return options.run((c, s) -> {
            Request r = s.find(ref);
            Correspondence added = s.correspond(
                    r, RequestInput.date("date", date), Direction.parse(direction), kind, summary, attachments);
            if (options.json) print(RequestJson.correspondence(added));
            else
                System.out.println("Recorded " + added.kind() + " of " + added.date() + " for request " + r.id()
                        + (added.attachments().isEmpty()
                                ? ""
                                : " with " + Count.of(added.attachments().size(), "attachment", "attachments")));
        });
    }

    @Override
    public AuditNote audit() {
        return new AuditNote(AuditAction.CORRESPONDENCE_ADD, ref, kind + " " + direction + " " + date);
    }
}
