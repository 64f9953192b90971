package org.redress.application.requests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.redress.core.requests.InvalidRequestException;
import org.redress.core.requests.Request;
import org.redress.core.requests.RequestStatus;
import org.redress.core.requests.Tolled;

/**
 * What a person typed for a request, as text, from the command line or a JSON body. A null field was
 * not given and leaves the request's value alone; an empty one clears it. Every value is checked, with
 * the field named, before anything is stored.
 */
public final class RequestInput {
    public String law,
            agency,
            office,
            subject,
            filed,
            received,
            trackingNumber,
            status,
            fees,
            extension,
            expedited,
            determined,
            appealed,
            appealAgency,
            notes;
    public List<String> tolled;

    /** A new request from this input; law, agency and subject are required. */
    public Request toNewRequest() {
        Request base = Request.draft(nonNull(law, "law"), nonNull(agency, "agency"), nonNull(subject, "subject"));
        Request r = applyTo(base);
        if (status == null && r.filed() != null)
            r = r.toBuilder().status(RequestStatus.FILED).build();
        return r;
    }

    private static String nonNull(String v, String field) {
        if (v == null || v.isBlank()) throw new InvalidRequestException(field, "the " + field + " is required");
        return v;
    }

    public Request applyTo(Request base) {
        Request.Builder b = base.toBuilder();
        if (law != null) b.lawId(law.trim());
        if (agency != null) b.agency(agency);
        if (office != null) b.office(office);
        if (subject != null) b.subject(subject);
        if (filed != null) b.filed(date("filed", filed));
        if (received != null) b.received(date("received", received));
        if (trackingNumber != null) b.trackingNumber(trackingNumber);
        if (status != null) b.status(RequestStatus.parse(status));
        if (fees != null) b.fees(money(fees));
        if (extension != null) b.extension(bool("extension", extension));
        if (expedited != null) b.expedited(bool("expedited", expedited));
        if (determined != null) b.determined(date("determined", determined));
        if (appealed != null) b.appealed(date("appealed", appealed));
        if (appealAgency != null) b.appealAgency(appealAgency);
        if (notes != null) b.notes(notes);
        if (tolled != null) {
            List<Tolled> periods = new ArrayList<>();
            for (String t : tolled) if (t != null && !t.isBlank()) periods.add(Tolled.parse(t));
            b.tolled(periods);
        }
        return b.build();
    }

    /** An ISO date, or null for an empty value. */
    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(
                    field, "'" + text + "' is not a date; write it as YYYY-MM-DD, for example 2017-03-17");
        }
    }

    static BigDecimal money(String text) {
        if (text.isBlank()) return null;
        String t = text.trim().replace("$", "").replace(",", "");
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("fees", "'" + text + "' is not an amount; write it like 25.50");
        }
    }

    static boolean bool(String field, String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0", "" -> false;
            default -> throw new InvalidRequestException(field, "'" + text + "' is not yes or no");
        };
    }
}
