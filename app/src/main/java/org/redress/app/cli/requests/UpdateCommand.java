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
import picocli.CommandLine.Parameters;

/** {@code redress requests update}: changes the fields given and leaves the others. */
@Command(
        name = "update",
        mixinStandardHelpOptions = true,
        description = "Change fields of a request; options not given stay as they are.")
final class UpdateCommand implements Callable<Integer>, Audited {
    @Mixin
    RequestOptions options;

    @Parameters(paramLabel = "REQUEST", description = "Its number or tracking number.")
    String ref;

    @Mixin
    RequestFields fields;

    @Override
    public Integer call() throws Exception {
        return options.run((c, s) -> {
            Request r = s.update(s.find(ref), fields.input());
            if (options.json) print(RequestJson.detail(s.detail(r)));
            else
                System.out.println(
                        "Updated request " + r.id() + ": " + r.status().id() + DeadlineText.next(s.listed(r)));
        });
    }

    @Override
    public AuditNote audit() {
        return AuditNote.of(AuditAction.REQUEST_UPDATE, ref);
    }
}
