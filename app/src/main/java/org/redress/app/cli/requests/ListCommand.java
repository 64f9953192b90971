package org.redress.app.cli.requests;

import static org.redress.app.cli.requests.RequestOptions.print;

import java.util.List;
import java.util.concurrent.Callable;
import org.redress.app.cli.Audited;
import org.redress.app.json.RequestJson;
import org.redress.application.audit.AuditNote;
import org.redress.application.requests.RequestService;
import org.redress.core.audit.AuditAction;
import org.redress.core.requests.Request;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code redress requests list}: the requests as a table, most urgent first. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List the requests, overdue ones first, then by their next deadline.")
final class ListCommand implements Callable<Integer>, Audited {
    @Mixin
    RequestOptions options;

    @Option(names = "--overdue", description = "Only requests with an overdue deadline.")
    boolean overdue;

    @Override
    public Integer call() throws Exception {
        return options.run((c, s) -> {
            List<RequestService.Listed> all = s.list(overdue);
            if (options.json) {
                print(RequestJson.list(all, s.deadlines()));
                return;
            }
            if (all.isEmpty()) {
                System.out.println(
                        overdue
                                ? "No request is overdue."
                                : "No requests yet; add one with: redress requests add --help");
                return;
            }
            System.out.printf(
                    "%-5s %-20s %-8s %-16s %-24s %s%n", "ID", "TRACKING", "LAW", "STATUS", "NEXT DEADLINE", "AGENCY");
            for (RequestService.Listed l : all) {
                Request r = l.request();
                String next = l.schedule()
                        .next()
                        .map(i -> i.due() + " "
                                + (l.schedule().overdue()
                                        ? "OVERDUE"
                                        : l.schedule().closingSoon() ? "soon" : ""))
                        .orElse("-");
                System.out.printf(
                        "%-5d %-20s %-8s %-16s %-24s %s%n",
                        r.id(),
                        r.trackingNumber() == null ? "-" : r.trackingNumber(),
                        r.lawId(),
                        r.status().id(),
                        next.trim(),
                        r.agency());
            }
        });
    }

    @Override
    public AuditNote audit() {
        return new AuditNote(AuditAction.REQUESTS_VIEW, "", overdue ? "overdue" : "");
    }
}
