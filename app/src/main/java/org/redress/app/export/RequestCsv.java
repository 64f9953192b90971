package org.redress.app.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.redress.application.requests.RequestDeadlines;
import org.redress.application.requests.RequestService;

/**
 * The requests as CSV, written by {@link SpreadsheetCsv}: free text defused against spreadsheet formulas, ids,
 * counts and fees as numbers.
 */
public final class RequestCsv {
    public static final List<String> HEADER = List.of(
            "id",
            "tracking_number",
            "law",
            "agency",
            "office",
            "subject",
            "status",
            "filed",
            "received",
            "next_deadline",
            "next_deadline_kind",
            "overdue",
            "closing_soon",
            "fees",
            "productions");

    private RequestCsv() {}

    public static String of(
            List<RequestService.Listed> listed, java.util.function.ToIntFunction<Long> productionCount) {
        List<List<Object>> rows = new ArrayList<>();
        for (RequestService.Listed l : listed) {
            var r = l.request();
            var next = l.schedule().next();
            rows.add(Arrays.asList(
                    r.id(),
                    r.trackingNumber(),
                    r.lawId(),
                    r.agency(),
                    r.office(),
                    r.subject(),
                    r.status().id(),
                    r.filed(),
                    r.received(),
                    next.map(i -> i.due().toString()).orElse(""),
                    next.map(RequestDeadlines.Item::kind).orElse(""),
                    l.schedule().overdue(),
                    l.schedule().closingSoon(),
                    r.fees(),
                    productionCount.applyAsInt(r.id())));
        }
        return SpreadsheetCsv.write(HEADER, rows);
    }
}
