package org.redress.app.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.redress.core.requests.InvalidRequestException;
import org.redress.core.requests.Request;

/**
 * Request letters from per-law templates (plain-text data files under
 * {@code org/redress/app/requests/letters/}, overridable by a case's {@code letters/} folder).
 */
public final class RequestLetters {
    private static final String RESOURCES = "/org/redress/app/requests/letters/";
    private static final Pattern SECTION = Pattern.compile("\\[\\[(\\w+)]]\\R?(.*?)\\[\\[/\\1]]\\R?", Pattern.DOTALL);
    private final java.util.function.Function<String, java.util.Optional<String>> caseTemplates;

    /** @param caseTemplates the case's own template of a law id ({@code letters/<law>.txt}), replacing the built-in */
    public RequestLetters(java.util.function.Function<String, java.util.Optional<String>> caseTemplates) {
        this.caseTemplates = caseTemplates;
    }

    public record Options(LocalDate date, String requester, String contact, boolean feeWaiver, boolean expedited) {}

    public String template(String lawId) {
        if (!lawId.matches("[a-z0-9-]+"))
            throw new InvalidRequestException("law", "no letter template for law '" + lawId + "'");
        try {
            var own = caseTemplates.apply(lawId);
            if (own.isPresent()) return own.get();
            try (InputStream in = RequestLetters.class.getResourceAsStream(RESOURCES + lawId + ".txt")) {
                if (in == null) {
                    throw new InvalidRequestException(
                            "law",
                            "there is no letter template for law '" + lawId
                                    + "'; built-in: us-foia, us-vt, us-ny, us-ca, us-wa, us-co (add one as letters/"
                                    + lawId + ".txt in the case folder)");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The letter as plain text, paragraphs separated by blank lines. */
    public String text(Request r, Options o) {
        String t = template(r.lawId()).replace("\r\n", "\n");
        StringBuilder kept = new StringBuilder();
        for (String line : t.split("\n", -1))
            if (!line.startsWith("#")) kept.append(line).append('\n');
        boolean expedited = o.expedited() || r.expedited();
        Matcher m = SECTION.matcher(kept.toString());
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            boolean keep = switch (m.group(1)) {
                case "fee_waiver" -> o.feeWaiver();
                case "expedited" -> expedited;
                default -> false;
            };
            m.appendReplacement(s, Matcher.quoteReplacement(keep ? m.group(2) : ""));
        }
        m.appendTail(s);
        List<String> lines = new ArrayList<>();
        for (String line : s.toString().split("\n", -1)) {
            if (line.trim().equals("{{office}}") && r.office() == null) continue;
            lines.add(line.replace("{{date}}", (o.date() == null ? LocalDate.now() : o.date()).toString())
                    .replace("{{agency}}", r.agency())
                    .replace("{{office}}", r.office() == null ? "" : r.office())
                    .replace("{{subject}}", r.subject())
                    .replace("{{requester}}", o.requester() == null ? "[Your name]" : o.requester())
                    .replace("{{contact}}", o.contact() == null ? "[Your address, email and telephone]" : o.contact()));
        }
        return String.join("\n", lines).replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    /** The same letter as a Word document, one paragraph per block of the text. */
    public void docx(Request r, Options o, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String block : text(r, o).split("\n\n")) {
                XWPFParagraph p = doc.createParagraph();
                String[] lines = block.split("\n");
                var run = p.createRun();
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) run.addBreak();
                    run.setText(lines[i]);
                }
            }
            doc.write(out);
        }
    }
}
