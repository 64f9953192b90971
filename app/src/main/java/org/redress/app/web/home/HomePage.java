package org.redress.app.web.home;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.Map;
import org.redress.app.web.Messages;
import org.redress.app.web.PageLanguage;
import org.redress.app.wiring.CaseServices;
import org.redress.core.home.HomeVisit;
import org.redress.core.port.HomeVisitStore;

/**
 * {@code /}: the search when a query is given, else the case's home page. Viewing it counts as a visit (views less
 * than half an hour apart are one visit, {@link HomeVisit#SAME_VISIT}), so what is new stays new for the whole visit.
 */
public final class HomePage {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
    private final CaseServices services;
    private final Clock clock;
    private final Handler search;

    /** What the home template shows. */
    public record Model(Messages t, String caseName, CaseHome home) {}

    /** {@code search} answers {@code /} when it carries a query. */
    public HomePage(CaseServices services, Clock clock, Handler search) {
        this.services = services;
        this.clock = clock;
        this.search = search;
    }

    /** Whether this request is the search rather than the home page. */
    public static boolean isSearch(Context ctx) {
        return ctx.queryParam("q") != null;
    }

    public void page(Context ctx) throws Exception {
        if (isSearch(ctx)) {
            search.handle(ctx);
            return;
        }
        HomeVisitStore visits = services.folder().homeVisits();
        HomeVisit visit =
                visits.visit().map(v -> v.viewedAt(clock.instant())).orElseGet(() -> HomeVisit.first(clock.instant()));
        visits.save(visit);
        CaseHome home = CaseHome.of(services, clock, visit);
        Messages t = PageLanguage.messages(ctx);
        StringOutput out = new StringOutput();
        ENGINE.render("home.jte", Map.of("m", new Model(t, services.folder().name(), home)), out);
        ctx.html(out.toString());
    }

    /** Puts the first-run guide away for good. */
    public void hideGuide(Context ctx) {
        HomeVisitStore visits = services.folder().homeVisits();
        HomeVisit visit = visits.visit().orElseGet(() -> HomeVisit.first(clock.instant()));
        visits.save(visit.withGuideDismissed());
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }
}
