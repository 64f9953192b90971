package org.redress.app.web.searches;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import org.redress.app.web.Messages;
import org.redress.app.web.PageLanguage;
import org.redress.app.web.SearchParams;
import org.redress.app.wiring.CaseServices;
import org.redress.application.searches.SavedSearchService;
import org.redress.core.UserMistake;
import org.redress.core.corpus.DisplayPaths;
import org.redress.core.corpus.Document;
import org.redress.core.search.PageRef;
import org.redress.core.searches.SavedSearch;
import org.redress.core.searches.SavedSearchHits;

/** {@code /searches}: the saved searches with their new hits, the review of one, and the forms that change them. */
public final class SavedSearchPages {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
    /** New hits shown on one review page; the rest come after these are marked seen. */
    static final int SHOWN = 200;

    public record ListModel(Messages t, List<SavedSearchHits> searches) {}

    /** One new hit as the review lists it. */
    public record Hit(String documentId, int page, String title, String path, String excerpt) {
        public String key() {
            return documentId + "/" + page;
        }
    }

    public record ReviewModel(Messages t, SavedSearch search, int newHits, List<Hit> hits) {
        public String searchLink() {
            return SearchParams.link(search.query(), search.filters());
        }
    }

    private final CaseServices services;

    public SavedSearchPages(CaseServices services) {
        this.services = services;
    }

    private SavedSearchService searches() {
        return services.savedSearches();
    }

    public void list(Context ctx) {
        ctx.html(render(
                "searches.jte",
                new ListModel(PageLanguage.messages(ctx), searches().list())));
    }

    public void review(Context ctx) {
        SavedSearch search = searches().get(id(ctx));
        List<PageRef> fresh = searches().newHits(search.id());
        List<Hit> hits = new ArrayList<>();
        for (PageRef p : fresh.subList(0, Math.min(SHOWN, fresh.size()))) hits.add(hit(search, p));
        ctx.html(render("savedsearch.jte", new ReviewModel(PageLanguage.messages(ctx), search, fresh.size(), hits)));
    }

    public void save(Context ctx) {
        SavedSearch saved = searches()
                .save(
                        ctx.formParam("name"),
                        ctx.formParam("q"),
                        SearchParams.filters(
                                ctx::formParam,
                                services.folder().pageSetFields().names()));
        ctx.redirect("/searches/" + saved.id(), HttpStatus.SEE_OTHER);
    }

    /** Marks the hits ticked ({@code page} fields, "document/page"), or every new one when none is ticked. */
    public void seen(Context ctx) {
        long id = id(ctx);
        List<PageRef> pages = new ArrayList<>();
        for (String key : ctx.formParams("page")) {
            int slash = key.lastIndexOf('/');
            try {
                pages.add(new PageRef(key.substring(0, slash), Integer.parseInt(key.substring(slash + 1))));
            } catch (RuntimeException e) {
                throw new UserMistake("'" + key + "' is not a page of a document.");
            }
        }
        searches().markSeen(id, pages.isEmpty() ? null : pages);
        ctx.redirect("/searches/" + id, HttpStatus.SEE_OTHER);
    }

    public void delete(Context ctx) {
        searches().delete(id(ctx));
        ctx.redirect("/searches", HttpStatus.SEE_OTHER);
    }

    private Hit hit(SavedSearch search, PageRef p) {
        var store = services.documents();
        String title = store.document(p.documentId()).map(Document::title).orElse(null);
        var locations = store.locations(p.documentId());
        String path = locations.isEmpty() ? p.documentId() : DisplayPaths.of(store, locations.get(0));
        String text = store.page(p.documentId(), p.page())
                .map(org.redress.core.corpus.Page::text)
                .orElse("");
        String excerpt = Excerpt.of(services.index().mark(search.query(), text));
        return new Hit(p.documentId(), p.page(), title == null || title.isBlank() ? path : title, path, excerpt);
    }

    private static long id(Context ctx) {
        String v = ctx.pathParam("id");
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new UserMistake("A saved search is named by its number, not '" + v + "'.");
        }
    }

    private static String render(String template, Object model) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, model, out);
        return out.toString();
    }
}
