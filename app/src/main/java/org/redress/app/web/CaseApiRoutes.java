package org.redress.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.redress.analysis.retaliation.Benchmark;
import org.redress.analysis.retaliation.RatesAnalysis;
import org.redress.app.casemodel.CaseAnalysis;
import org.redress.app.casemodel.CaseImport;
import org.redress.app.casemodel.Chronology;
import org.redress.app.casemodel.ChronologyExport;
import org.redress.app.casemodel.GapReport;
import org.redress.app.casemodel.TimelineChart;
import org.redress.app.cli.Json;
import org.redress.core.chronology.EventKind;
import org.redress.analysis.redaction.Redactor;

/** People, events, citations, the chronology, claims and the analyses as JSON (and chart, export files) under /api/v1/. */
final class CaseApiRoutes {
    private final CaseOperations ops;

    CaseApiRoutes(CaseOperations ops) {
        this.ops = ops;
    }

    void register(RoutesConfig r) {
        r.get("/api/v1/people", ctx -> ctx.json(Map.of("people", CaseJson.people(ops.model().store().people()))));
        r.post("/api/v1/people", ctx -> { SameOrigin.requireForApi(ctx); created(ctx, ops.importer().importPeople(body(ctx), "request body")); });
        r.get("/api/v1/events", ctx -> ctx.json(Map.of("events", CaseJson.events(ops.model().store().events()))));
        r.post("/api/v1/events", ctx -> { SameOrigin.requireForApi(ctx); created(ctx, ops.importer().importEvents(body(ctx), "request body")); });
        r.get("/api/v1/events/{id}", ctx -> ctx.json(CaseJson.EventJson.of(ops.event(ctx))));
        r.post("/api/v1/events/{id}/citations", ctx -> {
            SameOrigin.requireForApi(ctx);
            ctx.status(201).json(CaseJson.CitationJson.of(ops.model().cite(ops.event(ctx).id(), CitationInput.of(body(ctx)))));
        });
        r.get("/api/v1/chronology", this::chronology);
        r.get("/api/v1/chronology/timeline.svg", ctx -> ctx.contentType("image/svg+xml; charset=utf-8").result(
                ctx.queryParam("lang") == null ? CaseAnalysis.timelineSvg(ops.model().store())
                        : CaseAnalysis.timelineSvg(ops.model().store(), chartWords(WebServer.messages(ctx)))));
        r.get("/api/v1/chronology/timeline.png", ctx -> ctx.contentType("image/png").result(CaseAnalysis.timelinePng(ops.model().store())));
        r.get("/api/v1/claims", ctx -> ctx.json(Map.of("claims", ops.model().store().claims(), "templates", ops.templates().all())));
        r.post("/api/v1/claims", ctx -> {
            SameOrigin.requireForApi(ctx);
            ctx.status(201).json(ops.adopt(body(ctx).path("template").asText(null), body(ctx).path("id").asText(null)));
        });
        r.post("/api/v1/claims/{id}/findings", ctx -> {
            SameOrigin.requireForApi(ctx);
            JsonNode b = body(ctx);
            ctx.status(201).json(ops.link(ctx.pathParam("id"), b.path("element").asText(null), b.path("event").asText(null),
                    b.hasNonNull("citation") ? b.get("citation").asLong() : null, b.path("weight").asText("supports"), b.path("note").asText("")));
        });
        r.get("/api/v1/claims/gaps", ctx -> ctx.json(GapReport.of(ops.model().store())));
        r.get("/api/v1/analysis/proximity", ctx -> ctx.json(CaseAnalysis.proximity(ops.model().store())));
        r.get("/api/v1/analysis/clustering", ctx -> ctx.json(ops.clustering(ctx)));
        r.get("/api/v1/analysis/rates", this::rates);
    }

    /** The timeline chart's words in the page's language (the chart is English unless ?lang= asks otherwise). */
    static TimelineChart.Words chartWords(Messages t) {
        return new TimelineChart.Words(t.get("chart.title"), t.get("chart.days"), t.get("chart.group"));
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode n = Json.MAPPER.readTree(ctx.body());
            if (n == null) throw new IllegalArgumentException("the request has no JSON body");
            return n;
        } catch (JsonProcessingException e) {
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

    private void rates(Context ctx) {
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
        String kind = CaseOperations.blankToNull(ctx.queryParam("kind"));
        var counted = kind == null ? RatesAnalysis.ANY_ADVERSE : (Predicate<EventKind>) EventKind.of(kind)::equals;
        String group = ctx.queryParam("groupName") == null ? "group" : ctx.queryParam("groupName");
        var store = ops.model().store();
        ctx.json(RatesAnalysis.run(CaseAnalysis.people(store), CaseAnalysis.events(store), counted, group, benchmark));
    }

    private void chronology(Context ctx) {
        String person = CaseOperations.blankToNull(ctx.queryParam("person"));
        ChronologyExport.Format f = ChronologyExport.Format.of(ctx.queryParam("format") == null ? "json" : ctx.queryParam("format"));
        List<Chronology.Row> rows = Chronology.rows(ops.model().store(), person);
        if ("true".equals(ctx.queryParam("redact"))) rows = Chronology.redact(rows, Redactor.standard());
        if (f == ChronologyExport.Format.JSON) {
            ctx.json(Map.of("person", person == null ? "" : person, "events", rows));
            return;
        }
        byte[] chart = f == ChronologyExport.Format.CSV ? null : CaseAnalysis.timelinePng(ops.model().store());
        byte[] bytes = ChronologyExport.export(f, "Chronology", rows, chart);
        String ext = f.name().toLowerCase(Locale.ROOT);
        ctx.header("Content-Disposition", "attachment; filename=\"chronology." + ext + "\"");
        ctx.contentType(switch (f) {
            case CSV -> "text/csv; charset=utf-8";
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            default -> "application/pdf";
        });
        ctx.result(bytes);
    }
}
