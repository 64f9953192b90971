package org.redress.app.web;

import io.javalin.http.Context;
import org.redress.app.web.viewer.PageImageException;
import org.redress.app.web.viewer.PageImages;
import org.redress.app.wiring.CaseServices;
import org.redress.core.NotFound;
import org.redress.core.UserMistake;
import org.redress.core.corpus.Document;

/**
 * {@code GET /api/v1/documents/{id}/pages/{n}/image}: a page drawn from the original as a PNG. A format without pages
 * or a page that is not there is 404; an original that cannot be drawn safely (damaged, a password, too large, too
 * slow) is 422 and a busy renderer 503, each with the reason. The picture is never kept by the browser: in an
 * encrypted case it must not land in a plain disk cache.
 */
final class PageImageHandlers {
    private final CaseServices services;
    private final PageImages images;

    PageImageHandlers(CaseServices services, PageImages images) {
        this.services = services;
        this.images = images;
    }

    void image(Context ctx) {
        String id = ctx.pathParam("id");
        Document d = services.corpus()
                .view(id)
                .orElseThrow(() -> new NotFound("There is no document '" + id + "' in this case."))
                .document();
        int page = pageNumber(ctx.pathParam("n"));
        byte[] png;
        try {
            png = images.png(d.id(), d.mediaType(), d.size(), page);
        } catch (PageImageException e) {
            switch (e.reason()) {
                case NO_IMAGE, NO_PAGE -> throw new NotFound("There is no page image: " + e.getMessage() + ".");
                case BUSY -> ErrorAnswers.answer(ctx, 503, "Busy", "No page image now: " + e.getMessage() + ".");
                default ->
                    ErrorAnswers.answer(
                            ctx, 422, "Page image refused", "The page could not be drawn: " + e.getMessage() + ".");
            }
            return;
        }
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("image/png").result(png);
    }

    private static int pageNumber(String n) {
        try {
            int page = Integer.parseInt(n.strip());
            if (page < 1) throw new UserMistake("pages are numbered from 1, not " + page);
            return page;
        } catch (NumberFormatException e) {
            throw new UserMistake("a page number is a whole number, not '" + n + "'");
        }
    }
}
