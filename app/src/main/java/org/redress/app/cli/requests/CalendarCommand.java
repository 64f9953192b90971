package org.redress.app.cli.requests;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.redress.app.cli.Audited;
import org.redress.app.export.ICalendar;
import org.redress.application.audit.AuditNote;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code redress requests calendar}: every binding deadline as an iCalendar file. */
@Command(
        name = "calendar",
        mixinStandardHelpOptions = true,
        description =
                "Every binding deadline of the case's requests as an iCalendar (.ics) file for the team's calendars.")
final class CalendarCommand implements Callable<Integer>, Audited {
    @Mixin
    RequestOptions options;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to this file (default: standard output).")
    Path output;

    @Override
    public Integer call() throws Exception {
        return options.run((c, s) -> {
            TextOutput.write(
                    output,
                    ICalendar.of(s.list(false), Instant.now(), c.folder().name()));
        });
    }

    @Override
    public AuditNote audit() {
        return AuditNote.of(AuditAction.REQUESTS_CALENDAR, output == null ? "" : String.valueOf(output.getFileName()));
    }
}
