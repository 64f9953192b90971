package org.redress.app.web.witness;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.app.web.Messages;
import org.redress.app.web.PageLanguage;
import org.redress.app.web.Pages;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.application.casemodel.WitnessFormException;
import org.redress.application.casemodel.WitnessIntake;
import org.redress.core.NotFound;
import org.redress.core.audit.AuditAction;
import org.redress.core.casemodel.WitnessReport;
import org.redress.core.chronology.EventKind;

/**
 * The witness form and its review over HTTP. The form is Spanish unless the reader chose English; a refused form is
 * shown again with what was typed and the reason in the form's language, never with the words in a log or an error.
 * Post/redirect/get throughout.
 */
public final class WitnessHandlers {
    private static final String REPORT = "redress.witness.report";
    private static final String FILES = "redress.witness.files";
    private static final List<String> FIELDS = List.of(
            "witness",
            "contact",
            "seen",
            "people",
            "officers",
            "saw",
            "date",
            "time",
            "approximately",
            "where",
            "words",
            "vehicles",
            "plates",
            "badges");

    private final CaseServices services;
    private final WitnessPages pages = new WitnessPages();

    public WitnessHandlers(CaseServices services) {
        this.services = services;
    }

    public void form(Context ctx) {
        ctx.html(pages.form(PageLanguage.messages(ctx, "es"), Map.of(), null));
    }

    public void submit(Context ctx) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String f : FIELDS) values.put(f, form(ctx, f));
        String lang = "en".equals(form(ctx, "lang")) ? "en" : "es";
        Messages t = Messages.forLanguage(lang);
        WitnessIntake.Form form = new WitnessIntake.Form(
                lang,
                values.get("witness"),
                values.get("contact"),
                values.get("seen"),
                values.get("people"),
                values.get("officers"),
                values.get("saw"),
                values.get("date"),
                values.get("time"),
                values.get("approximately"),
                values.get("where"),
                values.get("words"),
                values.get("vehicles"),
                values.get("plates"),
                values.get("badges"));
        try (Uploads files =
                Uploads.save(ctx.uploadedFiles("files"), services.folder().workDir())) {
            WitnessReport r = services.witness().submit(form, files.files());
            ctx.attribute(REPORT, r.id());
            ctx.attribute(FILES, r.attachments().size());
            ctx.redirect(
                    "/witness/thanks?lang=" + lang + "&files=" + r.attachments().size(), HttpStatus.SEE_OTHER);
        } catch (WitnessFormException e) {
            ctx.status(400).html(pages.form(t, values, t.get("witness.error." + e.key())));
        }
    }

    /** What the audit log keeps of a statement: its number and how many files came with it, never a word of it. */
    public static AuditNote submitted(Context ctx) {
        return new AuditNote(
                AuditAction.WITNESS_SUBMIT,
                String.valueOf(ctx.<Object>attribute(REPORT)),
                "attachments=" + ctx.attribute(FILES));
    }

    public void thanks(Context ctx) {
        int files;
        try {
            files = Integer.parseInt(String.valueOf(ctx.queryParam("files")));
        } catch (NumberFormatException e) {
            files = 0;
        }
        ctx.html(pages.thanks(PageLanguage.messages(ctx, "es"), files));
    }

    public void review(Context ctx) {
        ctx.html(pages.review(
                PageLanguage.messages(ctx, null),
                services.witness().reports(),
                ctx.queryParam("accepted"),
                ctx.queryParam("rejected")));
    }

    public void draft(Context ctx) throws IOException {
        WitnessIntake intake = services.witness();
        WitnessReport r = intake.report(id(ctx));
        ctx.html(pages.draft(PageLanguage.messages(ctx, null), r, intake.proposal(r), kinds(), null));
    }

    public void accept(Context ctx) throws IOException {
        WitnessIntake intake = services.witness();
        long id = id(ctx);
        WitnessIntake.EventFields event = new WitnessIntake.EventFields(
                form(ctx, "date"),
                form(ctx, "time"),
                form(ctx, "kind"),
                form(ctx, "people"),
                form(ctx, "actors"),
                form(ctx, "witnesses"),
                form(ctx, "place"),
                form(ctx, "description"),
                ctx.formParam("disputed") != null);
        try {
            String eventId = intake.accept(id, event);
            ctx.redirect("/witness/review?accepted=" + Pages.enc(eventId), HttpStatus.SEE_OTHER);
        } catch (org.redress.core.UserMistake e) {
            if (e instanceof NotFound) throw e;
            Messages t = PageLanguage.messages(ctx, null);
            ctx.status(400).html(pages.draft(t, intake.report(id), event, kinds(), message(t, e)));
        }
    }

    public void reject(Context ctx) throws IOException {
        WitnessIntake intake = services.witness();
        long id = id(ctx);
        try {
            intake.reject(id, form(ctx, "reason"));
            ctx.redirect("/witness/review?rejected=" + id, HttpStatus.SEE_OTHER);
        } catch (WitnessFormException e) {
            Messages t = PageLanguage.messages(ctx, null);
            WitnessReport r = intake.report(id);
            ctx.status(400).html(pages.draft(t, r, intake.proposal(r), kinds(), message(t, e)));
        }
    }

    /** The reviewer's mistake: the form's own words for it, or the case model's explanation (it names the field). */
    private static String message(Messages t, org.redress.core.UserMistake e) {
        return e instanceof WitnessFormException w ? t.get("witness.error." + w.key()) : e.getMessage();
    }

    private List<String> kinds() throws IOException {
        return services.kinds().all().stream().map(EventKind::code).toList();
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFound("there is no witness report " + ctx.pathParam("id"));
        }
    }

    private static String form(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.strip();
    }
}
