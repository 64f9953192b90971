package org.redress.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;
import org.redress.app.export.RedactionExport;
import org.redress.app.wiring.CaseServices;
import org.redress.application.marks.MarkService;
import org.redress.application.marks.RedactionReport;

/**
 * The redaction report page ({@code /redactions}): how much each agency withheld under which exemption, per source,
 * agency or document, with the CSV and Word downloads of the same table ({@code /redactions/export}).
 */
public final class RedactionPages {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    /** What the template shows: the table and what it is per ({@code source}, {@code agency}, {@code document}). */
    public record RedactionsModel(Messages t, RedactionReport report, String by) {}

    private final CaseServices services;

    RedactionPages(CaseServices services) {
        this.services = services;
    }

    private RedactionReport report(RedactionReport.By by) {
        MarkService marks = services.marks();
        marks.mark(MarkService.Progress.NONE);
        return marks.redactions(by);
    }

    private static RedactionReport.By by(Context ctx) {
        return RedactionReport.By.of(ctx.queryParam("by") == null ? "source" : ctx.queryParam("by"));
    }

    void page(Context ctx) {
        RedactionReport.By by = by(ctx);
        StringOutput out = new StringOutput();
        String code = by.name().toLowerCase(java.util.Locale.ROOT);
        ENGINE.render(
                "redactions.jte", Map.of("m", new RedactionsModel(PageLanguage.messages(ctx), report(by), code)), out);
        ctx.html(out.toString());
    }

    void export(Context ctx) {
        RedactionReport.By by = by(ctx);
        String format = ctx.queryParam("format") == null
                ? "csv"
                : ctx.queryParam("format").strip().toLowerCase(java.util.Locale.ROOT);
        RedactionReport report = report(by);
        switch (format) {
            case "csv" -> {
                ctx.header("Content-Disposition", ContentDisposition.attachment("redactions.csv"));
                ctx.contentType("text/csv; charset=utf-8").result(RedactionExport.csv(report));
            }
            case "docx" -> {
                ctx.header("Content-Disposition", ContentDisposition.attachment("redactions.docx"));
                ctx.contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                        .result(RedactionExport.docx(
                                "Exemptions claimed, by " + by.name().toLowerCase(java.util.Locale.ROOT), report));
            }
            default -> throw new org.redress.core.UserMistake("format is csv or docx, not '" + format + "'");
        }
    }
}
