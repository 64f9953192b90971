package org.redress.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.InputStream;
import java.util.List;
import org.redress.app.json.DocumentJson;
import org.redress.app.json.SearchJson;
import org.redress.app.json.StatusJson;
import org.redress.app.wiring.CaseServices;
import org.redress.core.NotFound;
import org.redress.core.UserMistake;
import org.redress.core.corpus.DisplayPaths;
import org.redress.core.corpus.DocumentView;
import org.redress.core.corpus.Page;
import org.redress.core.search.SearchQuery;
import org.redress.search.InvalidQueryException;

/** The corpus over HTTP: search, status, documents, their pages and originals, as JSON and as pages. */
final class CorpusHandlers {
    private final CaseServices services;
    private final Pages pages = new Pages();
    private final List<SpanSource> spanSources;

    /** {@code spanSources} mark the document page's text (mentions; later entities, exemption marks, flags). */
    CorpusHandlers(CaseServices services, List<SpanSource> spanSources) {
        this.services = services;
        this.spanSources = List.copyOf(spanSources);
    }

    void apiSearch(Context ctx) {
        ctx.json(SearchJson.of(services.index().search(query(ctx))));
    }

    void apiStatus(Context ctx) {
        ctx.json(StatusJson.of(
                services.documents().status(),
                services.index().pageCount(),
                services.reuse().referenceSources()));
    }

    void apiDocument(Context ctx) {
        DocumentView view = view(ctx);
        ctx.json(DocumentJson.of(
                view, List.of(), services.producedBy(view.document().id())));
    }

    void apiPage(Context ctx) {
        DocumentView view = view(ctx);
        int n = pageNumber(ctx);
        Page page = view.pages().stream()
                .filter(p -> p.number() == n)
                .findFirst()
                .orElseThrow(() -> new NotFound(
                        "The document has " + view.pages().size() + " page(s); there is no page " + n + "."));
        ctx.json(new DocumentJson.PageJson(page.number(), page.ocr(), page.text()));
    }

    /** The original, always as a download: its content is hostile and is never rendered by the browser. */
    void original(Context ctx) throws java.io.IOException {
        DocumentView view = view(ctx);
        String id = view.document().id();
        if (!services.blobs().contains(id)) throw new NotFound("The original of this document is not stored.");
        String name =
                view.provenance().isEmpty() ? id : leaf(view.provenance().get(0).path());
        ctx.header("Content-Disposition", ContentDisposition.attachment(name));
        ctx.contentType("application/octet-stream");
        InputStream in = services.blobs().open(id);
        ctx.result(in);
    }

    void searchPage(Context ctx) {
        Messages t = PageLanguage.messages(ctx);
        SearchQuery query = query(ctx);
        String error = null;
        SearchJson result = null;
        if (ctx.queryParam("q") != null) {
            try {
                result = SearchJson.of(services.index().search(query));
            } catch (InvalidQueryException e) {
                error = e.getMessage();
            }
        }
        ctx.status(error == null ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
        // The home page (no search yet) says which saved searches have new hits since they were last reviewed.
        var alerts = ctx.queryParam("q") == null
                ? services.savedSearches().withNewHits()
                : List.<org.redress.core.searches.SavedSearchHits>of();
        ctx.html(pages.search(t, query, result, error, services.documents().status(), alerts));
    }

    void documentPage(Context ctx) {
        Messages t = PageLanguage.messages(ctx);
        DocumentView view = view(ctx);
        String q = ctx.queryParam("q");
        String id = view.document().id();
        String back = "/documents/" + id + (q == null ? "" : "?q=" + Pages.enc(q));
        List<MarkedText.Marked> marked = new java.util.ArrayList<>();
        for (Page p : view.pages()) {
            List<TextSpan> spans = new java.util.ArrayList<>();
            for (SpanSource source : spanSources) spans.addAll(source.spans(id, p, t, back + "#page-" + p.number()));
            marked.add(MarkedText.of(p.text(), spans, services.index().mark(q, p.text())));
        }
        ctx.html(pages.document(
                t,
                view,
                marked,
                q,
                services.producedBy(view.document().id()),
                referenceSources(),
                services.mail().thread(view.document().id())));
    }

    /** The reference sources (the group's own material) by name, each with whether it is private. */
    private java.util.Map<String, Boolean> referenceSources() {
        java.util.Map<String, Boolean> out = new java.util.HashMap<>();
        services.reuse().referenceSources().forEach(r -> out.put(r.name(), r.isPrivate()));
        return out;
    }

    private DocumentView view(Context ctx) {
        String id = ctx.pathParam("id");
        return services.corpus()
                .view(id)
                .orElseThrow(() -> new NotFound("There is no document '" + id + "' in this case."));
    }

    private SearchQuery query(Context ctx) {
        return SearchParams.of(ctx, services.folder().pageSetFields().names());
    }

    private static int pageNumber(Context ctx) {
        try {
            return Integer.parseInt(ctx.pathParam("n"));
        } catch (NumberFormatException e) {
            throw new UserMistake("a page number is a whole number, not '" + ctx.pathParam("n") + "'");
        }
    }

    private static String leaf(String path) {
        int i = path.lastIndexOf(DisplayPaths.SEPARATOR);
        String p = i < 0 ? path : path.substring(i + DisplayPaths.SEPARATOR.length());
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
