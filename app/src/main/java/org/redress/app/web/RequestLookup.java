package org.redress.app.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.redress.app.wiring.CaseServices;
import org.redress.application.requests.RequestDeadlines;
import org.redress.application.requests.RequestInput;
import org.redress.application.requests.RequestService;
import org.redress.core.NotFound;
import org.redress.core.requests.InvalidRequestException;
import org.redress.core.requests.Request;

/**
 * The case's requests as of the day an HTTP request asks for, and the one request its path names. The laws and
 * calendars were read once, when the case was opened; only the day and "closing soon" vary per request.
 */
final class RequestLookup {
    private final CaseServices services;
    private final Clock clock;

    RequestLookup(CaseServices services, Clock clock) {
        this.services = services;
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    String caseName() {
        return services.folder().name();
    }

    /** The service as of today, or of {@code ?today=DATE}; {@code ?soon=DAYS} sets closing soon. */
    RequestService service(Context ctx) {
        Clock c = clock;
        String today = ctx.queryParam("today");
        if (today != null && !today.isBlank()) {
            LocalDate d = RequestInput.date("today", today);
            c = Clock.fixed(d.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        }
        int soon = RequestDeadlines.DEFAULT_SOON_DAYS;
        String s = ctx.queryParam("soon");
        if (s != null && !s.isBlank()) {
            try {
                soon = Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("soon", "'" + s + "' is not a whole number of days");
            }
            if (soon < 0) throw new InvalidRequestException("soon", "closing-soon days cannot be negative");
        }
        return services.requests(c, soon);
    }

    /** The request named by the path's {@code {id}}: its number or tracking number. */
    static Request find(RequestService s, Context ctx) {
        try {
            return s.find(ctx.pathParam("id"));
        } catch (RequestService.NotFound e) {
            throw new NotFound("There is no request '" + ctx.pathParam("id") + "' in this case.");
        }
    }
}
