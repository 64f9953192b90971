package org.redress.app.cli.requests;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.redress.app.cli.CaseOption;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseException;
import org.redress.app.wiring.CaseServices;
import org.redress.application.requests.RequestInput;
import org.redress.application.requests.RequestService;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every requests subcommand shares: the case, --json, and the day deadlines are judged on. */
final class RequestOptions {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Option(names = "--today", paramLabel = "DATE", description = "Judge deadlines as of this day (default: today).")
    String today;

    @Option(
            names = "--soon",
            paramLabel = "DAYS",
            defaultValue = "5",
            description = "A deadline within this many days is closing soon (default: ${DEFAULT-VALUE}).")
    int soonDays;

    private CaseServices open() throws IOException {
        return caseOption.open();
    }

    RequestService service(CaseServices c) {
        Clock clock = Clock.systemDefaultZone();
        if (today != null) {
            LocalDate d = RequestInput.date("today", today);
            clock = Clock.fixed(d.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        }
        if (soonDays < 0) throw new CaseException("--soon must be 0 or more days");
        return c.requests(clock, soonDays);
    }

    /** What a subcommand does with the open case and its requests. */
    interface Work {
        void run(CaseServices c, RequestService s) throws Exception;
    }

    /** Opens the case, does {@code work} with its requests as of --today, closes the case; exit code 0. */
    int run(Work work) throws Exception {
        try (CaseServices c = open()) {
            work.run(c, service(c));
        }
        return 0;
    }

    static void print(Object json) {
        System.out.println(Json.write(json));
    }
}
