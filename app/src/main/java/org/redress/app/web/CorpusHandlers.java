package org.redress.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.redress.app.json.DocumentJson;
import org.redress.app.json.SearchJson;
import org.redress.app.json.StatusJson;
import org.redress.app.json.WorkersJson;
import org.redress.app.wiring.CaseServices;
import org.redress.core.Count;
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
    private final PrivilegeHandlers privilege;
    private final Pages pages = new Pages();
    private final List<SpanSource> spanSources;

    /** {@code spanSources} mark the document page's text (mentions; later entities, exemption marks, flags). */
    CorpusHandlers(CaseServices services, List<SpanSource> spanSources, PrivilegeHandlers privilege) {
        this.services = services;
        this.privilege = privilege;
        this.spanSources = List.copyOf(spanSources);
    }

    void apiSearch(Context ctx) {
        ctx.json(SearchJson.of(services.index().search(query(ctx))));
    }

    void apiStatus(Context ctx) {
        ctx.json(StatusJson.of(
                        services.documents().status(),
                        services.index().pageCount(),
                        services.reuse().referenceSources())
                .withWorkers(services.workers().map(w -> WorkersJson.of(w.counts(), w.pace()))));
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
                .orElseThrow(() -> new NotFound("The document has "
                        + Count.of(view.pages().size(), "page", "pages") + "; there is no page " + n + "."));
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
        ctx.html(pages.search(
                t,
                query,
                result,
                error,
                services.documents().status(),
                result == null ? Set.of() : privilege.documents()));
    }

    void documentPage(Context ctx) throws java.io.IOException {
        documentPage(ctx, Viewer.CiteForm.EMPTY, null);
    }

    /**
     * The document page: every page, or the one {@code ?page=N} names, each beside its image when it has one; the
     * words of {@code ?q=} and the quote of {@code ?quote=} marked; and the cite form ({@code form}, {@code error}:
     * what was typed and why it was refused, when it was).
     */
    void documentPage(Context ctx, Viewer.CiteForm form, String error) throws java.io.IOException {
        Messages t = PageLanguage.messages(ctx);
        DocumentView view = view(ctx);
        String q = ctx.queryParam("q");
        String id = view.document().id();
        int count = view.pages().size();
        int shown = shownPage(ctx, count);
        String quote = CaseOperations.blankToNull(ctx.queryParam("quote"));
        String back = "/documents/" + id + (q == null ? "" : "?q=" + Pages.enc(q));
        List<MarkedText.Marked> marked = new java.util.ArrayList<>();
        boolean quoteFound = false;
        for (Page p : view.pages()) {
            if (shown != 0 && p.number() != shown) {
                marked.add(null); // not on this screen
                continue;
            }
            List<TextSpan> spans = new java.util.ArrayList<>();
            for (SpanSource source : spanSources) spans.addAll(source.spans(id, p, t, back + "#page-" + p.number()));
            if (quote != null && !quoteFound) {
                var found = org.redress.app.web.viewer.QuoteFinder.find(p.text(), quote);
                if (found.isPresent()) {
                    quoteFound = true;
                    spans.add(new TextSpan(
                            found.get().start(),
                            found.get().end(),
                            "quote",
                            t.get("viewer.quoted"),
                            "quote",
                            "quote",
                            null));
                }
            }
            marked.add(MarkedText.of(p.text(), spans, services.index().mark(q, p.text())));
        }
        Viewer viewer = new Viewer(
                id,
                shown,
                count,
                org.redress.app.web.viewer.PageRenderer.draws(view.document().mediaType())
                        && services.blobs().contains(id),
                q,
                quote,
                quoteFound,
                services.caseModel().store().events(),
                services.kinds().all().stream()
                        .map(org.redress.core.chronology.EventKind::code)
                        .toList(),
                form,
                error);
        if (error != null) ctx.status(HttpStatus.BAD_REQUEST);
        ctx.html(pages.document(
                t,
                view,
                marked,
                q,
                services.producedBy(view.document().id()),
                referenceSources(),
                services.mail().thread(view.document().id()),
                privilege.panel(id),
                viewer));
    }

    /** {@code ?page=N}: that page alone; absent or blank, every page (0). */
    private static int shownPage(Context ctx, int count) {
        String v = ctx.queryParam("page");
        if (v == null || v.isBlank() || count == 0) return 0;
        int n;
        try {
            n = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new UserMistake("a page number is a whole number, not '" + v.strip() + "'");
        }
        if (n < 1 || n > count)
            throw new NotFound(
                    "The document has " + Count.of(count, "page", "pages") + "; there is no page " + n + ".");
        return n;
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
