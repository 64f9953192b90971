package org.redress.app.cli.privilege;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redress.app.cli.Audited;
import org.redress.app.cli.CaseOption;
import org.redress.app.export.PrivilegeLogExport;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.application.privilege.PrivilegeLogEntry;
import org.redress.core.Count;
import org.redress.core.UserMistake;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code redress privilege log [--format csv|docx|json] [--output FILE] [--title TEXT]}: the log a party serves. */
@Command(
        name = "log",
        mixinStandardHelpOptions = true,
        description = {
            "The privilege log to serve when withholding marked material: number, date, author, recipients, type,",
            "file, privilege claimed and its basis (the mark's reason: edit it before serving). CSV and JSON go to",
            "standard output unless --output is given; DOCX (editable in Word) needs --output."
        })
final class PrivilegeLogCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--format", defaultValue = "csv", description = "csv, docx or json (default: csv).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Where to write (required for docx).")
    Path output;

    @Option(names = "--title", description = "Title of the Word document (default: Privilege log).")
    String title;

    private String written = "";

    @Override
    public Integer call() throws IOException {
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (!List.of("csv", "docx", "json").contains(f))
            throw new UserMistake("--format is csv, docx or json, not '" + format + "'");
        if (f.equals("docx") && output == null)
            throw new UserMistake("--format docx writes a file: give --output FILE");
        try (CaseServices c = caseOption.open()) {
            List<PrivilegeLogEntry> log = c.privileges().log();
            byte[] bytes = switch (f) {
                case "docx" -> PrivilegeLogExport.docx(title == null ? "Privilege log" : title, log);
                case "json" ->
                    (Json.write(Map.of(
                                            "entries",
                                            log.stream()
                                                    .map(PrivilegeLogCommand::json)
                                                    .toList())) + "\n")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                default -> PrivilegeLogExport.csv(log);
            };
            written = Count.of(log.size(), "entry", "entries");
            if (output == null) {
                System.out.write(bytes);
                System.out.flush();
            } else {
                Files.write(output, bytes);
                System.err.printf("Wrote %s to %s%n", written, output);
            }
        }
        return 0;
    }

    private static Map<String, Object> json(PrivilegeLogEntry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("number", e.number());
        out.put("target", e.target());
        out.put("id", e.id());
        out.put("date", e.date() == null ? null : e.date().toString());
        out.put("author", e.author());
        out.put("recipients", e.recipients());
        out.put("type", e.type());
        out.put("foundAs", e.found());
        out.put("privilege", e.kind().code());
        out.put("basis", e.basis());
        out.put("markedBy", e.markedBy());
        out.put("markedAt", e.markedAt().toString());
        return out;
    }

    /** The export and its size; never the bases, which may name people. */
    @Override
    public AuditNote audit() {
        return new AuditNote(
                AuditAction.PRIVILEGE_VIEW,
                output == null ? "" : String.valueOf(output.getFileName()),
                "privilege log format=" + format + " " + written);
    }
}
