package org.redress.app.cli.requests;

import static org.redress.app.cli.requests.RequestOptions.print;

import java.util.concurrent.Callable;
import org.redress.app.json.RequestJson;
import org.redress.core.requests.Request;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code redress requests add}: records a new request. */
@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = "Add a records request (--law, --agency and --subject are required).")
final class AddCommand implements Callable<Integer> {
    @Mixin
    RequestOptions options;

    @Mixin
    RequestFields fields;

    @Override
    public Integer call() throws Exception {
        return options.run((c, s) -> {
            Request r = s.add(fields.input());
            if (options.json) print(RequestJson.detail(s.detail(r)));
            else
                System.out.println("Added request " + r.id()
                        + (r.trackingNumber() == null ? "" : " (" + r.trackingNumber() + ")") + ": " + r.lawId() + ", "
                        + r.agency() + ", " + r.status().id() + DeadlineText.next(s.listed(r)));
        });
    }
}
