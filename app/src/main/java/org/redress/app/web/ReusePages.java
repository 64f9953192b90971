package org.redress.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.List;
import org.redress.app.wiring.CaseServices;
import org.redress.application.reuse.MatchRow;
import org.redress.application.reuse.PassagePair;
import org.redress.application.reuse.ReuseService;
import org.redress.core.NotFound;
import org.redress.core.reuse.ReuseMatch;

/** The text-reuse pages: every passage found, and one passage beside our words with the differences marked. */
public final class ReusePages {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    /** A row of the list, with the id its page is found under. */
    public record Listed(String id, MatchRow row) {}

    public record ListModel(Messages t, List<Listed> rows) {}

    public record MatchModel(Messages t, MatchRow row, PassagePair pair) {}

    private final CaseServices services;

    ReusePages(CaseServices services) {
        this.services = services;
    }

    void list(Context ctx) {
        List<Listed> rows = services.reuse().matches(ReuseService.DEFAULT_MIN_WORDS).stream()
                .map(r -> new Listed(ReuseService.matchOf(r).id(), r))
                .toList();
        ctx.html(render("reuse.jte", new ListModel(PageLanguage.messages(ctx), rows)));
    }

    void match(Context ctx) {
        ReuseService reuse = services.reuse();
        ReuseMatch m = reuse.match(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFound("There is no such passage in this case."));
        ctx.html(render("reusematch.jte", new MatchModel(PageLanguage.messages(ctx), reuse.row(m), reuse.pair(m))));
    }

    private static String render(String template, Object model) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, model, out);
        return out.toString();
    }
}
