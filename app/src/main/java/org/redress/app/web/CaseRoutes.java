package org.redress.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.analysis.retaliation.Benchmark;
import org.redress.analysis.retaliation.ClusteringResult;
import org.redress.analysis.retaliation.RatesAnalysis;
import org.redress.app.casefolder.CaseException;
import org.redress.app.casefolder.CaseFolder;
import org.redress.app.casemodel.CaseAnalysis;
import org.redress.app.casemodel.CaseImport;
import org.redress.app.casemodel.Chronology;
import org.redress.app.casemodel.ChronologyExport;
import org.redress.app.casemodel.ClaimTemplates;
import org.redress.app.casemodel.GapReport;
import org.redress.app.casemodel.ImportException;
import org.redress.app.cli.Json;
import org.redress.core.casemodel.CaseModel;
import org.redress.core.casemodel.Citation;
import org.redress.core.casemodel.Claim;
import org.redress.core.casemodel.Finding;
import org.redress.core.casemodel.Weight;
import org.redress.core.casemodel.WitnessStatement;
import org.redress.core.chronology.EventKind;

/**
 * People, events, citations, the chronology, claims and the analyses: JSON under /api/v1/ and the bilingual pages.
 * POSTs must come from this origin (an {@code Origin} header naming this server), or, for the API only, be JSON
 * without an Origin (a script or curl; a browser cannot send a cross-site JSON POST without CORS, which is off).
 */
public final class CaseRoutes {
    private final CaseFolder caseFolder;
    private final CasePages pages = new CasePages();

    public CaseRoutes(CaseFolder caseFolder) {
        this.caseFolder = caseFolder;
    }

    public void register(JavalinConfig config) {
        var r = config.routes;
        r.exception(ImportException.class, (e, ctx) -> problem(ctx, 400, "Input refused", e.getMessage()));
        r.exception(CaseException.class, (e, ctx) -> problem(ctx, 400, "Bad request", e.getMessage()));
        r.exception(SameOrigin.Forbidden.class, (e, ctx) -> problem(ctx, 403, "Forbidden", e.getMessage()));
        r.get("/api/v1/people", ctx -> ctx.json(Map.of("people", CaseJson.people(model().store().people()))));
        r.post("/api/v1/people", ctx -> { SameOrigin.requireForApi(ctx); created(ctx, importer().importPeople(body(ctx), "request body")); });
        r.get("/api/v1/events", ctx -> ctx.json(Map.of("events", CaseJson.events(model().store().events()))));
        r.post("/api/v1/events", ctx -> { SameOrigin.requireForApi(ctx); created(ctx, importer().importEvents(body(ctx), "request body")); });
        r.get("/api/v1/events/{id}", ctx -> ctx.json(CaseJson.EventJson.of(event(ctx))));
        r.post("/api/v1/events/{id}/citations", ctx -> {
            SameOrigin.requireForApi(ctx);
            ctx.status(201).json(CaseJson.CitationJson.of(model().cite(event(ctx).id(), citation(body(ctx)))));
        });
        r.get("/api/v1/chronology", this::apiChronology);
        r.get("/api/v1/chronology/timeline.svg", ctx -> ctx.contentType("image/svg+xml; charset=utf-8").result(
                ctx.queryParam("lang") == null ? CaseAnalysis.timelineSvg(model().store()) : CaseAnalysis.timelineSvg(model().store(), chartWords(t(ctx)))));
        r.get("/api/v1/chronology/timeline.png", ctx -> ctx.contentType("image/png").result(CaseAnalysis.timelinePng(model().store())));
        r.get("/api/v1/claims", ctx -> ctx.json(Map.of("claims", model().store().claims(), "templates", templates().all())));
        r.post("/api/v1/claims", ctx -> { SameOrigin.requireForApi(ctx); ctx.status(201).json(adopt(body(ctx).path("template").asText(null), body(ctx).path("id").asText(null))); });
        r.post("/api/v1/claims/{id}/findings", ctx -> {
            SameOrigin.requireForApi(ctx);
            JsonNode b = body(ctx);
            ctx.status(201).json(link(ctx.pathParam("id"), b.path("element").asText(null), b.path("event").asText(null),
                    b.hasNonNull("citation") ? b.get("citation").asLong() : null, b.path("weight").asText("supports"), b.path("note").asText("")));
        });
        r.get("/api/v1/claims/gaps", ctx -> ctx.json(GapReport.of(model().store())));
        r.get("/api/v1/analysis/proximity", ctx -> ctx.json(CaseAnalysis.proximity(model().store())));
        r.get("/api/v1/analysis/clustering", ctx -> ctx.json(clustering(ctx)));
        r.get("/api/v1/analysis/rates", this::apiRates);

        r.get("/people", ctx -> ctx.html(pages.people(t(ctx), model().store().people(), null)));
        r.post("/people", this::postPerson);
        r.get("/events", ctx -> ctx.html(pages.events(t(ctx), model().store().events(), kinds(), null)));
        r.post("/events", ctx -> postEvent(ctx, null));
        r.get("/events/{id}", ctx -> ctx.html(pages.event(t(ctx), event(ctx), kinds(), null)));
        r.post("/events/{id}", ctx -> postEvent(ctx, event(ctx).id()));
        r.post("/events/{id}/citations", this::postCitation);
        r.get("/chronology", ctx -> {
            String person = blankToNull(ctx.queryParam("person"));
            ctx.html(pages.chronology(t(ctx), Chronology.rows(model().store(), person), person, model().store().people()));
        });
        r.get("/claims", ctx -> ctx.html(pages.claims(t(ctx), GapReport.of(model().store()), templates().all(), model().store().claims(), null)));
        r.post("/claims", this::postClaim);
        r.post("/claims/link", this::postLink);
        r.get("/analysis", this::analysisPage);
    }

    // --- helpers -----------------------------------------------------------------------------

    private CaseModel model() {
        return caseFolder.caseModel();
    }

    private CaseImport importer() throws IOException {
        CaseModel m = model();
        return new CaseImport(m, CaseImport.kindsOf(caseFolder.root(), m));
    }

    private List<String> kinds() throws IOException {
        return CaseImport.kindsOf(caseFolder.root(), model()).all().stream().map(EventKind::code).toList();
    }

    private ClaimTemplates templates() {
        return ClaimTemplates.load(caseFolder.root().resolve("claims"));
    }

    /** The timeline chart's words in the page's language (the chart is English unless ?lang= asks otherwise). */
    static org.redress.app.casemodel.TimelineChart.Words chartWords(Messages t) {
        return new org.redress.app.casemodel.TimelineChart.Words(t.get("chart.title"), t.get("chart.days"), t.get("chart.group"));
    }

    private static Messages t(Context ctx) {
        return Messages.forLanguage(WebServer.language(ctx));
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode n = Json.MAPPER.readTree(ctx.body());
            if (n == null) throw new IllegalArgumentException("the request has no JSON body");
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static void created(Context ctx, CaseImport.Result r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("people", r.people());
        out.put("organisations", r.organisations());
        out.put("events", r.events());
        out.put("eventIds", r.eventIds());
        ctx.status(201).json(out);
    }

    private org.redress.core.casemodel.CaseEvent event(Context ctx) {
        String id = ctx.pathParam("id");
        return model().store().event(id).orElseThrow(() -> new WebServer.NotFound("There is no event '" + id + "' in this case."));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Citation citation(JsonNode n) {
        String type = n.path("type").asText("document");
        return switch (type) {
            case "document" -> Citation.document(n.path("document").asText(""), n.path("page").asInt(0), n.path("quote").asText(""));
            case "witness" -> Citation.witness(new WitnessStatement(n.path("witness").asText(null), n.path("saw").asText(null),
                    n.path("when").asText(""), n.path("where").asText(""), n.path("words").asText(""), n.path("vehicles").asText(""),
                    n.path("badges").asText("")));
            case "outside" -> Citation.outside(blankToNull(n.path("url").asText(null)), blankToNull(n.path("title").asText(null)),
                    n.path("date").asText(""), n.path("quote").asText(""));
            default -> throw new IllegalArgumentException("'" + type + "' is not a citation type: use document, witness or outside");
        };
    }

    private Claim adopt(String template, String id) {
        if (template == null || template.isBlank()) throw new IllegalArgumentException("say which claim template to adopt");
        Claim t = templates().get(template);
        Claim claim = new Claim(blankToNull(id) == null ? t.id() : id.strip(), t.id(), t.title(), t.summary(), t.elements());
        model().store().saveClaim(claim);
        return claim;
    }

    private Finding link(String claim, String element, String event, Long citation, String weight, String note) {
        return model().link(new Finding(0, claim, element, blankToNull(event), citation, Weight.fromCode(weight), note));
    }

    private ClusteringResult clustering(Context ctx) {
        int window = intParam(ctx, "window", 30);
        int permutations = intParam(ctx, "permutations", 10_000);
        long seed = intParam(ctx, "seed", 1);
        if (permutations > 1_000_000) throw new IllegalArgumentException("at most 1,000,000 permutations");
        return CaseAnalysis.clustering(model().store(), window, permutations, seed);
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' must be a whole number, not '" + v + "'");
        }
    }

    private void apiRates(Context ctx) {
        Benchmark benchmark;
        String rate = ctx.queryParam("benchmarkRate");
        String name = ctx.queryParam("benchmarkName") == null ? "benchmark" : ctx.queryParam("benchmarkName");
        try {
            if (rate != null) benchmark = Benchmark.rate(name, Double.parseDouble(rate));
            else benchmark = Benchmark.counts(name, Integer.parseInt(String.valueOf(ctx.queryParam("benchmarkSize"))),
                    Integer.parseInt(String.valueOf(ctx.queryParam("benchmarkEvents"))));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("give benchmarkRate, or benchmarkSize and benchmarkEvents, as numbers");
        }
        String kind = blankToNull(ctx.queryParam("kind"));
        var counted = kind == null ? RatesAnalysis.ANY_ADVERSE : (java.util.function.Predicate<EventKind>) EventKind.of(kind)::equals;
        String group = ctx.queryParam("groupName") == null ? "group" : ctx.queryParam("groupName");
        ctx.json(RatesAnalysis.run(CaseAnalysis.people(model().store()), CaseAnalysis.events(model().store()), counted, group, benchmark));
    }

    private void apiChronology(Context ctx) {
        String person = blankToNull(ctx.queryParam("person"));
        ChronologyExport.Format f = ChronologyExport.Format.of(ctx.queryParam("format") == null ? "json" : ctx.queryParam("format"));
        List<Chronology.Row> rows = Chronology.rows(model().store(), person);
        if ("true".equals(ctx.queryParam("redact"))) rows = Chronology.redact(rows, org.redress.core.redaction.Redactor.standard());
        if (f == ChronologyExport.Format.JSON) {
            ctx.json(Map.of("person", person == null ? "" : person, "events", rows));
            return;
        }
        byte[] chart = f == ChronologyExport.Format.CSV ? null : CaseAnalysis.timelinePng(model().store());
        byte[] bytes = ChronologyExport.export(f, "Chronology", rows, chart);
        String ext = f.name().toLowerCase(java.util.Locale.ROOT);
        ctx.header("Content-Disposition", "attachment; filename=\"chronology." + ext + "\"");
        ctx.contentType(switch (f) {
            case CSV -> "text/csv; charset=utf-8";
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            default -> "application/pdf";
        });
        ctx.result(bytes);
    }

    private static void problem(Context ctx, int status, String title, String detail) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.contentType("application/problem+json").result(Json.write(Problem.of(status, title, detail)));
        } else {
            ctx.html(new Pages().error(t(ctx), status, title, detail));
        }
    }

    // --- forms -------------------------------------------------------------------------------

    private static String form(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.strip();
    }

    private void postPerson(Context ctx) throws IOException {
        SameOrigin.requireForForm(ctx);
        ObjectNode p = Json.MAPPER.createObjectNode();
        p.put("name", form(ctx, "name"));
        ArrayNode aliases = p.putArray("aliases");
        for (String a : form(ctx, "aliases").split(";")) if (!a.isBlank()) aliases.add(a.strip());
        p.put("role", form(ctx, "role"));
        p.put("organisation", form(ctx, "organisation"));
        p.put("leader", ctx.formParam("leader") != null ? "yes" : "no");
        p.put("notes", form(ctx, "notes"));
        try {
            importer().importPeople(Json.MAPPER.createArrayNode().add(p), "the form");
            ctx.redirect("/people", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (CaseException | IllegalArgumentException e) {
            ctx.status(400).html(pages.people(t(ctx), model().store().people(), e.getMessage()));
        }
    }

    private void postEvent(Context ctx, String id) throws IOException {
        SameOrigin.requireForForm(ctx);
        ObjectNode e = Json.MAPPER.createObjectNode();
        if (id != null) e.put("id", id);
        e.put("date", form(ctx, "date"));
        e.put("time", form(ctx, "time"));
        e.put("kind", form(ctx, "kind"));
        ArrayNode people = e.putArray("people");
        for (String part : List.of("target", "actor", "witness")) {
            for (String n : form(ctx, part.equals("target") ? "people" : part + "s").split(";")) {
                if (!n.isBlank()) people.addObject().put("name", n.strip()).put("part", part);
            }
        }
        e.put("place", form(ctx, "place"));
        e.put("description", form(ctx, "description"));
        e.put("disputed", ctx.formParam("disputed") != null ? "yes" : "no");
        try {
            CaseImport.Result r = importer().importEvents(Json.MAPPER.createArrayNode().add(e), "the form");
            ctx.redirect("/events/" + Pages.enc(r.eventIds().get(0)), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (CaseException | IllegalArgumentException ex) {
            ctx.status(400);
            if (id == null) ctx.html(pages.events(t(ctx), model().store().events(), kinds(), ex.getMessage()));
            else ctx.html(pages.event(t(ctx), model().store().event(id).orElseThrow(), kinds(), ex.getMessage()));
        }
    }

    private void postCitation(Context ctx) throws IOException {
        SameOrigin.requireForForm(ctx);
        var event = event(ctx);
        ObjectNode c = Json.MAPPER.createObjectNode();
        for (String f : List.of("type", "document", "quote", "witness", "saw", "when", "where", "words", "vehicles", "badges", "url", "title", "date")) {
            c.put(f, form(ctx, f));
        }
        try {
            String page = form(ctx, "page");
            if (!page.isEmpty()) c.put("page", Integer.parseInt(page));
            model().cite(event.id(), citation(c));
            ctx.redirect("/events/" + Pages.enc(event.id()), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (NumberFormatException ex) {
            ctx.status(400).html(pages.event(t(ctx), event, kinds(), "the page must be a whole number"));
        } catch (CaseException | IllegalArgumentException ex) {
            ctx.status(400).html(pages.event(t(ctx), event, kinds(), ex.getMessage()));
        }
    }

    private void postClaim(Context ctx) {
        SameOrigin.requireForForm(ctx);
        try {
            adopt(form(ctx, "template"), form(ctx, "id"));
            ctx.redirect("/claims", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (CaseException | IllegalArgumentException e) {
            ctx.status(400).html(pages.claims(t(ctx), GapReport.of(model().store()), templates().all(), model().store().claims(), e.getMessage()));
        }
    }

    private void postLink(Context ctx) {
        SameOrigin.requireForForm(ctx);
        try {
            String citation = form(ctx, "citation");
            String[] ce = form(ctx, "element").split("/", 2);
            if (ce.length != 2) throw new IllegalArgumentException("choose an element of a claim");
            link(ce[0], ce[1], form(ctx, "event"), citation.isEmpty() ? null : Long.parseLong(citation), form(ctx, "weight"), form(ctx, "note"));
            ctx.redirect("/claims", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (NumberFormatException e) {
            ctx.status(400).html(pages.claims(t(ctx), GapReport.of(model().store()), templates().all(), model().store().claims(),
                    "a citation is given by its number"));
        } catch (CaseException | IllegalArgumentException e) {
            ctx.status(400).html(pages.claims(t(ctx), GapReport.of(model().store()), templates().all(), model().store().claims(), e.getMessage()));
        }
    }

    private void analysisPage(Context ctx) {
        ClusteringResult clustering = null;
        String error = null;
        try {
            if (!model().store().events().isEmpty()) clustering = clustering(ctx);
        } catch (IllegalArgumentException e) {
            error = e.getMessage();
        }
        ctx.html(pages.analysis(t(ctx), CaseAnalysis.proximity(model().store()), clustering, intParam(ctx, "window", 30), error));
    }
}
