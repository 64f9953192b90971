package org.redress.app.cli.requests;

import static org.redress.app.cli.requests.RequestOptions.print;

import java.util.concurrent.Callable;
import org.redress.app.cli.Audited;
import org.redress.app.json.RequestJson;
import org.redress.application.audit.AuditNote;
import org.redress.core.audit.AuditAction;
import org.redress.core.requests.Request;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code redress requests add}: records a new request. */
@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = "Add a records request (--law, --agency and --subject are required).")
final class AddCommand implements Callable<Integer>, Audited {
    @Mixin
    RequestOptions options;

    @Mixin
    RequestFields fields;

    private String added;

    @Override
    public Integer call() throws Exception {
        return options.run((c, s) -> {
            Request r = s.add(fields.input());
            added = Long.toString(r.id());
            if (options.json) print(RequestJson.detail(s.detail(r)));
            else
                System.out.println("Added request " + r.id()
                        + (r.trackingNumber() == null ? "" : " (" + r.trackingNumber() + ")") + ": " + r.lawId() + ", "
                        + r.agency() + ", " + r.status().id() + DeadlineText.next(s.listed(r)));
        });
    }

    @Override
    public AuditNote audit() {
        return AuditNote.of(AuditAction.REQUEST_ADD, added);
    }
}
