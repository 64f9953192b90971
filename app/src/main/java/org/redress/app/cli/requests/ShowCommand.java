package org.redress.app.cli.requests;

import static org.redress.app.cli.requests.RequestOptions.print;

import java.util.concurrent.Callable;
import org.redress.app.cli.Audited;
import org.redress.app.json.RequestJson;
import org.redress.application.audit.AuditNote;
import org.redress.application.requests.RequestService;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code redress requests show}: one request with its deadlines, correspondence and productions. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "A request with its deadlines, correspondence and productions.")
final class ShowCommand implements Callable<Integer>, Audited {
    @Mixin
    RequestOptions options;

    @Parameters(paramLabel = "REQUEST", description = "Its number or tracking number.")
    String ref;

    @Override
    public Integer call() throws Exception {
        return options.run((c, s) -> {
            RequestService.Detail d = s.detail(s.find(ref));
            if (options.json) print(RequestJson.detail(d));
            else System.out.print(RequestSheet.of(d));
        });
    }

    @Override
    public AuditNote audit() {
        return AuditNote.of(AuditAction.REQUEST_VIEW, ref);
    }
}
