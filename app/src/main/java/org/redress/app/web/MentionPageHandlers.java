package org.redress.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redress.app.wiring.CaseServices;
import org.redress.application.mentions.MentionRow;
import org.redress.application.mentions.MentionService;
import org.redress.core.NotFound;
import org.redress.core.UserMistake;
import org.redress.core.corpus.Page;
import org.redress.core.mentions.Mention;
import org.redress.core.mentions.MentionStatus;

/**
 * The watch list on the web: the review queue of new hits, a page per watched person, review decisions (one hit or
 * many), and putting a person on or off the watch list (screened again in the background).
 */
final class MentionPageHandlers {
    /** The most hits the queue shows at once; the rest follow as these are decided. */
    static final int QUEUE = 200;

    private final CaseServices services;
    private final BackgroundScreening screening;
    private final WatchPages pages = new WatchPages();

    MentionPageHandlers(CaseServices services, BackgroundScreening screening) {
        this.services = services;
        this.screening = screening;
    }

    void queue(Context ctx) {
        Messages t = PageLanguage.messages(ctx);
        String statusParam = CaseOperations.blankToNull(ctx.queryParam("status"));
        MentionStatus status = statusParam == null ? MentionStatus.NEW : MentionStatus.fromCode(statusParam);
        String person = CaseOperations.blankToNull(ctx.queryParam("person"));
        MentionService.Listing listing = services.mentions().list(person, status);
        List<WatchPages.QueueRow> rows = new ArrayList<>();
        Map<String, List<Page>> texts = new HashMap<>();
        for (MentionRow r : listing.hits()) {
            if (rows.size() == QUEUE) break;
            List<Page> doc = texts.computeIfAbsent(r.documentId(), services.documents()::pages);
            String text = doc.stream()
                    .filter(p -> p.number() == r.page())
                    .map(Page::text)
                    .findFirst()
                    .orElse("");
            rows.add(WatchPages.QueueRow.of(r, text));
        }
        ctx.html(pages.queue(t, rows, listing.hits().size(), status.code(), person, screening.status()));
    }

    void person(Context ctx) {
        Messages t = PageLanguage.messages(ctx);
        String name = CaseOperations.blankToNull(ctx.queryParam("name"));
        if (name == null) throw new UserMistake("say which watched person: /mentions/person?name=NAME");
        MentionService.Listing listing = services.mentions().list(name, null);
        ctx.html(pages.person(t, listing.people().get(0), listing.hits(), screening.status()));
    }

    /** A hit by its id: its place on the document page. */
    void hit(Context ctx) {
        String id = ctx.pathParam("id").strip().toLowerCase(java.util.Locale.ROOT);
        Mention m = services.folder()
                .mentions()
                .mention(id)
                .orElseThrow(() -> new NotFound("there is no hit '" + id + "'"));
        ctx.redirect("/documents/" + m.documentId() + "#mention-" + m.id(), HttpStatus.SEE_OTHER);
    }

    /** One decision on one hit or on every checked hit, with an optional reason; back to where the form was. */
    void review(Context ctx) {
        MentionStatus status = MentionService.decisionStatus(ctx.formParam("decision"));
        if (status == null) throw new UserMistake("choose confirm, reject or unsure");
        List<String> ids = ctx.formParams("id").stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
        if (ids.isEmpty()) throw new UserMistake("tick at least one hit first");
        String reason =
                ctx.formParam("reason") == null ? "" : ctx.formParam("reason").strip();
        MentionService mentions = services.mentions();
        if (ids.size() == 1) {
            mentions.review(ids.get(0), status, reason);
        } else {
            List<MentionService.SheetRow> sheet = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++)
                sheet.add(new MentionService.SheetRow("hit " + (i + 1), ids.get(i), status.code(), reason));
            mentions.reviewAll(sheet);
        }
        ctx.redirect(back(ctx.formParam("back")), HttpStatus.SEE_OTHER);
    }

    /** Puts a person (name or alias) on the watch list or off it; the corpus is screened again in the background. */
    void watch(Context ctx) {
        String name = ctx.formParam("name");
        boolean on =
                !"no".equalsIgnoreCase(String.valueOf(ctx.formParam("watched")).strip());
        services.mentions().mark(name, on);
        screening.start();
        ctx.redirect(back(ctx.formParam("back")), HttpStatus.SEE_OTHER);
    }

    void screeningStatus(Context ctx) {
        ctx.json(screening.status());
    }

    /** Only an address of this server (a path), never another site: the form's field could be forged. */
    static String back(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) return "/mentions";
        return back;
    }
}
