package org.redress.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import org.redress.app.json.Json;
import org.redress.core.Count;
import org.redress.core.NotFound;
import org.redress.core.UserMistake;
import org.redress.core.casemodel.Citation;
import org.redress.core.corpus.DocumentView;

/**
 * {@code POST /documents/{id}/cite}: the document page's "cite this" form. The quote and page (filled in from the
 * words selected, or typed) become a citation of an existing event, or of a new one made from the date, kind and
 * description given, through the same case-model use cases as the event page. Everything is checked before anything
 * is written, so a refused form leaves no event without its citation; it is shown again with what was typed.
 */
final class CiteHandlers {
    /** A quote is a passage, not a page: beyond this it is refused rather than stored. */
    private static final int MAX_QUOTE = 4000;

    private final CaseOperations ops;
    private final CorpusHandlers corpus;

    CiteHandlers(CaseOperations ops, CorpusHandlers corpus) {
        this.ops = ops;
        this.corpus = corpus;
    }

    void cite(Context ctx) throws IOException {
        Viewer.CiteForm form = new Viewer.CiteForm(
                field(ctx, "event"),
                field(ctx, "page"),
                field(ctx, "quote"),
                field(ctx, "date"),
                field(ctx, "kind"),
                field(ctx, "description"));
        try {
            DocumentView view = ops.document(ctx.pathParam("id"));
            int page = page(form.page(), view.pages().size());
            String quote = form.quote().replaceAll("\\s+", " ");
            if (quote.length() > MAX_QUOTE)
                throw new UserMistake("a quote is at most " + MAX_QUOTE + " characters; cite a shorter passage");
            Citation citation = Citation.document(view.document().id(), page, quote);
            String event = form.event().isEmpty() ? newEvent(form) : existing(form.event());
            ops.model().cite(event, citation);
            ctx.redirect("/events/" + Pages.enc(event), HttpStatus.SEE_OTHER);
        } catch (NotFound e) {
            throw e;
        } catch (UserMistake e) {
            corpus.documentPage(ctx, form, e.getMessage());
        }
    }

    private String existing(String id) {
        return ops.model()
                .store()
                .event(id)
                .orElseThrow(
                        () -> new UserMistake("there is no event '" + id + "' in this case; choose one from the list"))
                .id();
    }

    /** A new event from the form's date, kind and description (checked by the import, as the events page does). */
    private String newEvent(Viewer.CiteForm form) throws IOException {
        if (form.date().isEmpty() || form.kind().isEmpty())
            throw new UserMistake("choose an event, or give the new event's date and kind");
        ops.kind(form.kind()); // an unknown kind is refused here, naming the closest, before anything is stored
        ObjectNode e = Json.MAPPER.createObjectNode();
        e.put("date", form.date());
        e.put("kind", form.kind());
        e.put("description", form.description());
        e.putArray("people");
        return ops.importer()
                .importEvents(Json.MAPPER.createArrayNode().add(e), "the cite form")
                .eventIds()
                .get(0);
    }

    private static int page(String typed, int pages) {
        int n;
        try {
            n = Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            throw new UserMistake("the page must be a whole number, not '" + typed + "'");
        }
        int last = Math.max(1, pages);
        if (n < 1 || n > last)
            throw new UserMistake("the document has " + Count.of(last, "page", "pages") + "; there is no page " + n);
        return n;
    }

    private static String field(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.strip();
    }
}
