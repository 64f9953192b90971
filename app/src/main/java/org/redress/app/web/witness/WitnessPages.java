package org.redress.app.web.witness;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Map;
import org.redress.app.web.Messages;
import org.redress.application.casemodel.WitnessIntake;
import org.redress.core.casemodel.WitnessReport;

/** Renders the witness form, its thank-you page and the review pages from precompiled, escaping jte templates. */
public final class WitnessPages {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    /** The kinds of thing the form asks about, in the order it offers them. */
    public static final List<String> SEEN = List.of("arrest", "stop", "visit", "other");

    /** The form, with what was typed when it is shown again with an error. */
    public record FormModel(Messages t, Map<String, String> values, String error) {
        public String value(String name) {
            return values.getOrDefault(name, "");
        }

        public boolean seen(String kind) {
            return value("seen").isEmpty()
                    ? "other".equals(kind)
                    : value("seen").equals(kind);
        }

        public String limits() {
            return t.format("witness.files.limits", Uploads.MAX_FILES, Uploads.MAX_FILE_MB, Uploads.MAX_TOTAL_MB);
        }
    }

    public record ThanksModel(Messages t, int files) {}

    /** The review list; {@code accepted} is the event a draft just became, {@code rejected} the report just rejected. */
    public record ReviewModel(
            Messages t, List<WitnessReport> drafts, List<WitnessReport> reviewed, String accepted, String rejected) {}

    /** One draft with the event the reviewer is about to accept (as proposed, or as sent back with an error). */
    public record DraftModel(
            Messages t, WitnessReport report, WitnessIntake.EventFields event, List<String> kinds, String error) {
        public String action(String decision) {
            return "/witness/review/" + report.id() + "/" + decision;
        }
    }

    String form(Messages t, Map<String, String> values, String error) {
        return render("witness.jte", new FormModel(t, values, error));
    }

    String thanks(Messages t, int files) {
        return render("witnessthanks.jte", new ThanksModel(t, files));
    }

    String review(Messages t, List<WitnessReport> all, String accepted, String rejected) {
        return render(
                "witnessreview.jte",
                new ReviewModel(
                        t,
                        all.stream().filter(WitnessReport::isDraft).toList(),
                        all.stream().filter(r -> !r.isDraft()).toList(),
                        accepted,
                        rejected));
    }

    String draft(Messages t, WitnessReport r, WitnessIntake.EventFields event, List<String> kinds, String error) {
        return render("witnessdraft.jte", new DraftModel(t, r, event, kinds, error));
    }

    private static String render(String template, Object model) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, model, out);
        return out.toString();
    }
}
