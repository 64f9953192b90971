package org.redress.app.cli.requests;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.redress.app.cli.Audited;
import org.redress.app.export.RequestCsv;
import org.redress.app.wiring.CaseException;
import org.redress.application.audit.AuditNote;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code redress requests export}: the requests with their next deadline as CSV. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export the requests with their next deadline (CSV).")
final class ExportCommand implements Callable<Integer>, Audited {
    @Mixin
    RequestOptions options;

    @Option(
            names = "--format",
            paramLabel = "csv",
            defaultValue = "csv",
            description = "csv (the only format for now).")
    String format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to this file (default: standard output).")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (!"csv".equals(format)) throw new CaseException("--format is csv, not '" + format + "'");
        return options.run((c, s) -> {
            TextOutput.write(
                    output,
                    RequestCsv.of(s.list(false), id -> s.store().productions(id).size()));
        });
    }

    @Override
    public AuditNote audit() {
        return new AuditNote(
                AuditAction.REQUESTS_EXPORT,
                output == null ? "" : String.valueOf(output.getFileName()),
                "format=" + format);
    }
}
