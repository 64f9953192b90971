package org.redress.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.redress.analysis.redaction.Redactor;
import org.redress.analysis.retaliation.Benchmark;
import org.redress.analysis.retaliation.RatesAnalysis;
import org.redress.app.export.ChronologyExport;
import org.redress.app.export.TimelineChart;
import org.redress.app.json.CaseJson;
import org.redress.app.json.Json;
import org.redress.application.casemodel.CaseAnalysis;
import org.redress.application.casemodel.CaseImport;
import org.redress.application.casemodel.Chronology;
import org.redress.application.casemodel.GapReport;
import org.redress.core.UserMistake;
import org.redress.core.chronology.EventKind;

/** People, events, citations, the chronology, claims and the analyses as JSON (and chart, export files) under /api/v1/. */
final class CaseApiHandlers {
    private final CaseOperations ops;

    CaseApiHandlers(CaseOperations ops) {
        this.ops = ops;
    }

    void people(Context ctx) {
        ctx.json(Map.of("people", CaseJson.people(ops.model().store().people())));
    }

    void addPeople(Context ctx) throws IOException {
        created(ctx, ops.importer().importPeople(body(ctx), "request body"));
    }

    void events(Context ctx) {
        ctx.json(Map.of("events", CaseJson.events(ops.model().store().events())));
    }

    void addEvents(Context ctx) throws IOException {
        created(ctx, ops.importer().importEvents(body(ctx), "request body"));
    }

    void event(Context ctx) {
        ctx.json(CaseJson.EventJson.of(ops.event(ctx)));
    }

    void cite(Context ctx) {
        ctx.status(201)
                .json(CaseJson.CitationJson.of(ops.model().cite(ops.event(ctx).id(), CitationInput.of(body(ctx)))));
    }

    void timelineSvg(Context ctx) {
        TimelineChart.Words words =
                ctx.queryParam("lang") == null ? TimelineChart.Words.ENGLISH : chartWords(PageLanguage.messages(ctx));
        ctx.contentType("image/svg+xml; charset=utf-8")
                .result(TimelineChart.svg(ops.model().store(), words, ops.firstNamed(ctx)));
    }

    void timelinePng(Context ctx) {
        ctx.contentType("image/png").result(TimelineChart.png(ops.model().store(), ops.firstNamed(ctx)));
    }

    void claims(Context ctx) {
        ctx.json(Map.of(
                "claims",
                ops.model().store().claims(),
                "templates",
                ops.templates().all()));
    }

    void adoptClaim(Context ctx) {
        JsonNode b = body(ctx);
        ctx.status(201)
                .json(ops.adopt(b.path("template").asText(null), b.path("id").asText(null)));
    }

    void linkFinding(Context ctx) {
        JsonNode b = body(ctx);
        ctx.status(201)
                .json(ops.link(
                        ctx.pathParam("id"),
                        b.path("element").asText(null),
                        b.path("event").asText(null),
                        b.hasNonNull("citation") ? b.get("citation").asLong() : null,
                        b.path("mention").asText(null),
                        b.path("weight").asText("supports"),
                        b.path("note").asText("")));
    }

    void gaps(Context ctx) {
        ctx.json(GapReport.of(ops.model().store()));
    }

    void proximity(Context ctx) {
        ctx.json(ops.proximity());
    }

    void clustering(Context ctx) {
        ctx.json(ops.clustering(ctx));
    }

    /** The timeline chart's words in the page's language (the chart is English unless ?lang= asks otherwise). */
    static TimelineChart.Words chartWords(Messages t) {
        return new TimelineChart.Words(
                t.get("chart.title"), t.get("chart.days"), t.get("chart.group"), t.get("chart.firstNamed"));
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode n = Json.MAPPER.readTree(ctx.body());
            if (n == null) throw new UserMistake("the request has no JSON body");
            return n;
        } catch (JsonProcessingException e) {
            throw new UserMistake("the body is not valid JSON: " + e.getOriginalMessage());
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

    void rates(Context ctx) throws IOException {
        Benchmark benchmark;
        String rate = ctx.queryParam("benchmarkRate");
        String name = ctx.queryParam("benchmarkName") == null ? "benchmark" : ctx.queryParam("benchmarkName");
        try {
            if (rate != null) benchmark = Benchmark.rate(name, Double.parseDouble(rate));
            else
                benchmark = Benchmark.counts(
                        name,
                        Integer.parseInt(String.valueOf(ctx.queryParam("benchmarkSize"))),
                        Integer.parseInt(String.valueOf(ctx.queryParam("benchmarkEvents"))));
        } catch (NumberFormatException e) {
            throw new UserMistake("give benchmarkRate, or benchmarkSize and benchmarkEvents, as numbers");
        }
        String kind = CaseOperations.blankToNull(ctx.queryParam("kind"));
        var counted = kind == null ? RatesAnalysis.ANY_ADVERSE : (Predicate<EventKind>) ops.kind(kind)::equals;
        String group = ctx.queryParam("groupName") == null ? "group" : ctx.queryParam("groupName");
        var store = ops.model().store();
        ctx.json(RatesAnalysis.run(CaseAnalysis.people(store), CaseAnalysis.events(store), counted, group, benchmark));
    }

    void chronology(Context ctx) {
        String person = CaseOperations.blankToNull(ctx.queryParam("person"));
        ChronologyExport.Format f =
                ChronologyExport.Format.of(ctx.queryParam("format") == null ? "json" : ctx.queryParam("format"));
        // The watch list leaves the case only when asked: the derived "first named" rows and chart markers say who is
        // watched.
        // So do the quotes of private references (the group's notes of closed meetings).
        List<Chronology.Row> rows = CaseOperations.privateAsked(ctx)
                ? Chronology.rows(ops.model().store(), person)
                : Chronology.withoutQuotesOf(ops.model().store(), person, ops::isPrivateReference);
        if (CaseOperations.watchListAsked(ctx))
            rows = ops.withKnowledge(rows, person, "First named in the agency's records");
        if ("true".equals(ctx.queryParam("redact"))) rows = Chronology.redact(rows, Redactor.standard());
        if (f == ChronologyExport.Format.JSON) {
            ctx.json(Map.of("person", person == null ? "" : person, "events", rows));
            return;
        }
        byte[] chart = f == ChronologyExport.Format.CSV
                ? null
                : TimelineChart.png(ops.model().store(), ops.firstNamed(ctx));
        byte[] bytes = ChronologyExport.export(f, "Chronology", rows, chart);
        String ext = f.name().toLowerCase(Locale.ROOT);
        ctx.header("Content-Disposition", "attachment; filename=\"chronology." + ext + "\"");
        ctx.contentType(
                switch (f) {
                    case CSV -> "text/csv; charset=utf-8";
                    case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                    default -> "application/pdf";
                });
        ctx.result(bytes);
    }
}
