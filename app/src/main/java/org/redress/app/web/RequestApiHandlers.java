package org.redress.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.redress.app.export.ICalendar;
import org.redress.app.json.Json;
import org.redress.app.json.RequestJson;
import org.redress.application.requests.RequestInput;
import org.redress.application.requests.RequestService;
import org.redress.core.requests.InvalidRequestException;
import org.redress.core.requests.Request;

/** Records requests as JSON under /api/v1/requests, and the iCalendar feed of their deadlines. */
final class RequestApiHandlers {
    private static final Set<String> FIELDS = Set.of(
            "law",
            "agency",
            "office",
            "subject",
            "filed",
            "received",
            "trackingNumber",
            "status",
            "fees",
            "extension",
            "expedited",
            "tolled",
            "determined",
            "appealed",
            "appealAgency",
            "notes");
    private final RequestLookup lookup;

    RequestApiHandlers(RequestLookup lookup) {
        this.lookup = lookup;
    }

    void list(Context ctx) {
        RequestService s = lookup.service(ctx);
        ctx.json(RequestJson.list(s.list("true".equals(ctx.queryParam("overdue"))), s.deadlines()));
    }

    void one(Context ctx) {
        RequestService s = lookup.service(ctx);
        ctx.json(RequestJson.detail(s.detail(RequestLookup.find(s, ctx))));
    }

    void add(Context ctx) {
        RequestInput in = input(ctx);
        RequestService s = lookup.service(ctx);
        Request r = s.add(in);
        ctx.status(201).header("Location", "/api/v1/requests/" + r.id());
        ctx.json(RequestJson.detail(s.detail(r)));
    }

    /** The body's JSON object as request fields; an unknown field or a list where one value belongs is refused. */
    private static RequestInput input(Context ctx) {
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(ctx.body());
        } catch (IOException e) {
            throw new InvalidRequestException("body", "the body is not JSON");
        }
        if (body == null || !body.isObject())
            throw new InvalidRequestException("body", "the body must be a JSON object");
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name))
                throw new InvalidRequestException(
                        name,
                        "unknown field; the fields are "
                                + String.join(", ", FIELDS.stream().sorted().toList()));
        }
        RequestInput in = new RequestInput();
        in.law = text(body, "law");
        in.agency = text(body, "agency");
        in.office = text(body, "office");
        in.subject = text(body, "subject");
        in.filed = text(body, "filed");
        in.received = text(body, "received");
        in.trackingNumber = text(body, "trackingNumber");
        in.status = text(body, "status");
        in.fees = text(body, "fees");
        in.extension = text(body, "extension");
        in.expedited = text(body, "expedited");
        in.determined = text(body, "determined");
        in.appealed = text(body, "appealed");
        in.appealAgency = text(body, "appealAgency");
        in.notes = text(body, "notes");
        JsonNode tolled = body.get("tolled");
        if (tolled != null && !tolled.isNull()) {
            List<String> periods = new ArrayList<>();
            if (tolled.isArray()) tolled.forEach(t -> periods.add(t.asText()));
            else periods.add(tolled.asText());
            in.tolled = periods;
        }
        return in;
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isContainerNode())
            throw new InvalidRequestException(
                    field, "must be a single value, not " + (v.isArray() ? "a list" : "an object"));
        return v.asText();
    }

    void calendar(Context ctx) {
        RequestService s = lookup.service(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"requests.ics\"");
        ctx.contentType("text/calendar; charset=utf-8");
        ctx.result(ICalendar.of(s.list(false), lookup.clock().instant(), lookup.caseName()));
    }
}
