package org.redress.app.cli.requests;

import static org.redress.app.cli.requests.RequestOptions.print;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redress.app.cli.Audited;
import org.redress.app.export.RequestLetters;
import org.redress.app.wiring.CaseException;
import org.redress.application.audit.AuditNote;
import org.redress.application.requests.RequestInput;
import org.redress.core.audit.AuditAction;
import org.redress.core.requests.Request;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code redress requests letter}: the request letter from its law's template, as text or DOCX. */
@Command(
        name = "letter",
        mixinStandardHelpOptions = true,
        description = "Write the request letter for a request from its law's template (text or DOCX).")
final class LetterCommand implements Callable<Integer>, Audited {
    @Mixin
    RequestOptions options;

    @Parameters(paramLabel = "REQUEST", description = "Its number or tracking number.")
    String ref;

    @Option(names = "--fee-waiver", description = "Include the fee-waiver paragraph.")
    boolean feeWaiver;

    @Option(
            names = "--expedited",
            description = "Include the expedited-processing paragraph (also when the request records it).")
    boolean expedited;

    @Option(names = "--requester", paramLabel = "NAME", description = "Who signs the letter.")
    String requester;

    @Option(names = "--contact", paramLabel = "TEXT", description = "Address, email, telephone under the signature.")
    String contact;

    @Option(names = "--date", paramLabel = "DATE", description = "Date of the letter (default: today).")
    String date;

    @Option(
            names = "--format",
            paramLabel = "text|docx",
            defaultValue = "text",
            description = "text (default) or docx.")
    String format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to this file (required for docx).")
    Path output;

    @Override
    public Integer call() throws Exception {
        return options.run((c, s) -> {
            Request r = s.find(ref);
            LocalDate day = date == null ? s.deadlines().today() : RequestInput.date("date", date);
            RequestLetters letters =
                    new RequestLetters(law -> c.folder().config().read("letters/" + law + ".txt"));
            RequestLetters.Options o = new RequestLetters.Options(day, requester, contact, feeWaiver, expedited);
            switch (format) {
                case "text" -> text(r, letters.text(r, o));
                case "docx" -> docx(r, letters, o);
                default -> throw new CaseException("--format is text or docx, not '" + format + "'");
            }
        });
    }

    private void text(Request r, String text) throws Exception {
        if (options.json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("request", r.id());
            out.put("law", r.lawId());
            out.put("text", text);
            if (output != null) Files.writeString(output, text, StandardCharsets.UTF_8);
            out.put("output", output == null ? null : output.toString());
            print(out);
        } else if (output != null) {
            Files.writeString(output, text, StandardCharsets.UTF_8);
            System.out.println("Wrote " + output);
        } else {
            System.out.print(text);
        }
    }

    private void docx(Request r, RequestLetters letters, RequestLetters.Options o) throws Exception {
        if (output == null) throw new CaseException("a DOCX letter needs --output FILE.docx");
        try (OutputStream out = Files.newOutputStream(output)) {
            letters.docx(r, o, out);
        }
        if (options.json) print(Map.of("request", r.id(), "law", r.lawId(), "output", output.toString()));
        else System.out.println("Wrote " + output);
    }

    @Override
    public AuditNote audit() {
        return new AuditNote(AuditAction.REQUEST_LETTER, ref, "format=" + format);
    }
}
