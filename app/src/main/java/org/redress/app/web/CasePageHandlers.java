package org.redress.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.List;
import org.redress.analysis.retaliation.ClusteringResult;
import org.redress.app.json.Json;
import org.redress.application.casemodel.CaseImport;
import org.redress.application.casemodel.GapReport;
import org.redress.core.UserMistake;
import org.redress.core.casemodel.CaseEvent;

/**
 * The bilingual case pages (people, events, chronology, claims, analysis) and their forms: post/redirect/get, and a
 * refused form re-shows its page with the reason.
 */
final class CasePageHandlers {
    private final CaseOperations ops;
    private final CasePages pages = new CasePages();

    CasePageHandlers(CaseOperations ops) {
        this.ops = ops;
    }

    void people(Context ctx) {
        ctx.html(pages.people(t(ctx), ops.model().store().people(), null, ops.screening()));
    }

    void events(Context ctx) throws IOException {
        ctx.html(pages.events(t(ctx), ops.model().store().events(), ops.kinds(), null));
    }

    void event(Context ctx) throws IOException {
        ctx.html(pages.event(t(ctx), ops.event(ctx), ops.kinds(), null));
    }

    void addEvent(Context ctx) throws IOException {
        postEvent(ctx, null);
    }

    void editEvent(Context ctx) throws IOException {
        postEvent(ctx, ops.event(ctx).id());
    }

    void chronology(Context ctx) {
        String person = CaseOperations.blankToNull(ctx.queryParam("person"));
        // On the screen the derived "first named" rows show among the events; downloads leave them out unless asked.
        ctx.html(pages.chronology(
                t(ctx),
                ops.chronologyWithKnowledge(person, t(ctx).get("chron.firstNamed")),
                person,
                ops.model().store().people(),
                ops.model().store().events()));
    }

    void claims(Context ctx) {
        ctx.html(claimsPage(ctx, null));
    }

    private static Messages t(Context ctx) {
        return PageLanguage.messages(ctx);
    }

    private static String form(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.strip();
    }

    private String claimsPage(Context ctx, String error) {
        return pages.claims(
                t(ctx),
                GapReport.of(ops.model().store()),
                ops.templates(),
                ops.model().store().claims(),
                error);
    }

    void postPerson(Context ctx) throws IOException {
        ObjectNode p = Json.MAPPER.createObjectNode();
        p.put("name", form(ctx, "name"));
        ArrayNode aliases = p.putArray("aliases");
        for (String a : form(ctx, "aliases").split(";")) if (!a.isBlank()) aliases.add(a.strip());
        p.put("role", form(ctx, "role"));
        p.put("organisation", form(ctx, "organisation"));
        p.put("level", form(ctx, "level"));
        p.put("leader", ctx.formParam("leader") != null ? "yes" : "no");
        p.put("notes", form(ctx, "notes"));
        p.put("watched", form(ctx, "watched")); // blank: by role (subjects are watched)
        try {
            ops.importer().importPeople(Json.MAPPER.createArrayNode().add(p), "the form");
            ctx.redirect("/people", HttpStatus.SEE_OTHER);
        } catch (UserMistake e) {
            ctx.status(400).html(pages.people(t(ctx), ops.model().store().people(), e.getMessage(), ops.screening()));
        }
    }

    private void postEvent(Context ctx, String id) throws IOException {
        ObjectNode e = Json.MAPPER.createObjectNode();
        if (id != null) e.put("id", id);
        e.put("date", form(ctx, "date"));
        e.put("time", form(ctx, "time"));
        e.put("kind", form(ctx, "kind"));
        ArrayNode people = e.putArray("people");
        for (String part : List.of("target", "actor", "witness")) {
            for (String n :
                    form(ctx, part.equals("target") ? "people" : part + "s").split(";")) {
                if (!n.isBlank()) people.addObject().put("name", n.strip()).put("part", part);
            }
        }
        e.put("place", form(ctx, "place"));
        e.put("description", form(ctx, "description"));
        e.put("disputed", ctx.formParam("disputed") != null ? "yes" : "no");
        try {
            CaseImport.Result r =
                    ops.importer().importEvents(Json.MAPPER.createArrayNode().add(e), "the form");
            ctx.redirect("/events/" + Pages.enc(r.eventIds().get(0)), HttpStatus.SEE_OTHER);
        } catch (UserMistake ex) {
            ctx.status(400);
            if (id == null) ctx.html(pages.events(t(ctx), ops.model().store().events(), ops.kinds(), ex.getMessage()));
            else
                ctx.html(
                        pages.event(t(ctx), ops.model().store().event(id).orElseThrow(), ops.kinds(), ex.getMessage()));
        }
    }

    void postCitation(Context ctx) throws IOException {
        CaseEvent event = ops.event(ctx);
        ObjectNode c = Json.MAPPER.createObjectNode();
        for (String f : List.of(
                "type",
                "document",
                "quote",
                "witness",
                "saw",
                "when",
                "where",
                "words",
                "vehicles",
                "badges",
                "url",
                "title",
                "date")) {
            c.put(f, form(ctx, f));
        }
        try {
            String page = form(ctx, "page");
            if (!page.isEmpty()) c.put("page", Integer.parseInt(page));
            ops.model().cite(event.id(), CitationInput.of(c));
            ctx.redirect("/events/" + Pages.enc(event.id()), HttpStatus.SEE_OTHER);
        } catch (NumberFormatException ex) {
            ctx.status(400).html(pages.event(t(ctx), event, ops.kinds(), "the page must be a whole number"));
        } catch (UserMistake ex) {
            ctx.status(400).html(pages.event(t(ctx), event, ops.kinds(), ex.getMessage()));
        }
    }

    void postClaim(Context ctx) {
        try {
            ops.adopt(form(ctx, "template"), form(ctx, "id"));
            ctx.redirect("/claims", HttpStatus.SEE_OTHER);
        } catch (UserMistake e) {
            ctx.status(400).html(claimsPage(ctx, e.getMessage()));
        }
    }

    void postLink(Context ctx) {
        try {
            String citation = form(ctx, "citation");
            String[] ce = form(ctx, "element").split("/", 2);
            if (ce.length != 2) throw new UserMistake("choose an element of a claim");
            ops.link(
                    ce[0],
                    ce[1],
                    form(ctx, "event"),
                    citation.isEmpty() ? null : Long.parseLong(citation),
                    form(ctx, "mention"),
                    form(ctx, "weight"),
                    form(ctx, "note"));
            ctx.redirect("/claims", HttpStatus.SEE_OTHER);
        } catch (NumberFormatException e) {
            ctx.status(400).html(claimsPage(ctx, "a citation is given by its number"));
        } catch (UserMistake e) {
            ctx.status(400).html(claimsPage(ctx, e.getMessage()));
        }
    }

    void analysisPage(Context ctx) {
        ClusteringResult clustering = null;
        String error = null;
        try {
            if (!ops.model().store().events().isEmpty()) clustering = ops.clustering(ctx);
        } catch (UserMistake e) {
            error = e.getMessage();
        }
        ctx.html(
                pages.analysis(t(ctx), ops.proximity(), clustering, CaseOperations.intParam(ctx, "window", 30), error));
    }
}
