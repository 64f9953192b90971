package org.redress.core.requests;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A public-records request.
 *
 * @param id             0 until stored
 * @param lawId          the law it was made under: us-foia, us-vt, us-ny, us-ca, us-wa, us-co, or a user-added one
 * @param subject        what was asked for
 * @param filed          when it was sent; {@code received} when the agency got it (day 0 of the statutory clock)
 * @param fees           fees assessed so far, in the law's currency (null: none known)
 * @param extension      the agency invoked the statutory extension (e.g. FOIA unusual circumstances)
 * @param expedited      expedited processing was asked for
 * @param tolled         periods during which the clock stopped
 * @param determined     the day of the agency's determination (starts the appeal window)
 * @param appealed       the day the appeal was received (starts the appeal decision clock)
 * @param appealAgency   the agency whose own regulation sets the appeal window (e.g. DHS), if any
 */
public record Request(
        long id,
        String lawId,
        String agency,
        String office,
        String subject,
        LocalDate filed,
        LocalDate received,
        String trackingNumber,
        RequestStatus status,
        BigDecimal fees,
        boolean extension,
        boolean expedited,
        List<Tolled> tolled,
        LocalDate determined,
        LocalDate appealed,
        String appealAgency,
        String notes,
        Instant created,
        Instant updated) {

    public Request {
        lawId = required("law", lawId);
        agency = required("agency", agency);
        subject = required("subject", subject);
        office = blankToNull(office);
        trackingNumber = blankToNull(trackingNumber);
        appealAgency = blankToNull(appealAgency);
        notes = blankToNull(notes);
        if (status == null) status = RequestStatus.DRAFT;
        tolled = tolled == null ? List.of() : List.copyOf(tolled);
        if (fees != null && fees.signum() < 0) throw new InvalidRequestException("fees", "fees cannot be negative");
        // Each date follows every earlier one that is known, not only its neighbour: without a received date a
        // determination still cannot come before the filing.
        LocalDate earliestForDetermination = received != null ? received : filed;
        LocalDate earliestForAppeal = determined != null ? determined : earliestForDetermination;
        if (filed != null && received != null && received.isBefore(filed)) {
            throw new InvalidRequestException(
                    "received",
                    "the agency cannot receive the request (" + received + ") before it was filed (" + filed + ")");
        }
        if (determined != null && earliestForDetermination != null && determined.isBefore(earliestForDetermination)) {
            throw new InvalidRequestException(
                    "determined",
                    "the determination (" + determined + ") cannot come before the request was "
                            + (received != null ? "received (" + received : "filed (" + filed) + ")");
        }
        if (appealed != null && earliestForAppeal != null && appealed.isBefore(earliestForAppeal)) {
            throw new InvalidRequestException(
                    "appealed",
                    "the appeal (" + appealed + ") cannot come before "
                            + (determined != null
                                    ? "the determination (" + determined
                                    : "the request was "
                                            + (received != null ? "received (" + received : "filed (" + filed))
                            + ")");
        }
    }

    /** A new, unsaved request with what a person gives when adding one. */
    public static Request draft(String lawId, String agency, String subject) {
        return new Request(
                0,
                lawId,
                agency,
                null,
                subject,
                null,
                null,
                null,
                RequestStatus.DRAFT,
                null,
                false,
                false,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** What people call it: its tracking number, else "request N". */
    public String label() {
        return trackingNumber != null ? trackingNumber : "request " + id;
    }

    public Request withId(long newId, Instant createdAt, Instant updatedAt) {
        return new Request(
                newId,
                lawId,
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
                tolled,
                determined,
                appealed,
                appealAgency,
                notes,
                createdAt,
                updatedAt);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) throw new InvalidRequestException(field, "the " + field + " is required");
        return value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Changes some fields of a request; build() validates the whole again. */
    public static final class Builder {
        private final Request r;
        private String lawId, agency, office, subject, trackingNumber, appealAgency, notes;
        private LocalDate filed, received, determined, appealed;
        private RequestStatus status;
        private BigDecimal fees;
        private boolean extension, expedited;
        private List<Tolled> tolled;

        private Builder(Request r) {
            this.r = r;
            lawId = r.lawId;
            agency = r.agency;
            office = r.office;
            subject = r.subject;
            trackingNumber = r.trackingNumber;
            appealAgency = r.appealAgency;
            notes = r.notes;
            filed = r.filed;
            received = r.received;
            determined = r.determined;
            appealed = r.appealed;
            status = r.status;
            fees = r.fees;
            extension = r.extension;
            expedited = r.expedited;
            tolled = r.tolled;
        }

        public Builder lawId(String v) {
            lawId = v;
            return this;
        }

        public Builder agency(String v) {
            agency = v;
            return this;
        }

        public Builder office(String v) {
            office = v;
            return this;
        }

        public Builder subject(String v) {
            subject = v;
            return this;
        }

        public Builder trackingNumber(String v) {
            trackingNumber = v;
            return this;
        }

        public Builder appealAgency(String v) {
            appealAgency = v;
            return this;
        }

        public Builder notes(String v) {
            notes = v;
            return this;
        }

        public Builder filed(LocalDate v) {
            filed = v;
            return this;
        }

        public Builder received(LocalDate v) {
            received = v;
            return this;
        }

        public Builder determined(LocalDate v) {
            determined = v;
            return this;
        }

        public Builder appealed(LocalDate v) {
            appealed = v;
            return this;
        }

        public Builder status(RequestStatus v) {
            status = v;
            return this;
        }

        public Builder fees(BigDecimal v) {
            fees = v;
            return this;
        }

        public Builder extension(boolean v) {
            extension = v;
            return this;
        }

        public Builder expedited(boolean v) {
            expedited = v;
            return this;
        }

        public Builder tolled(List<Tolled> v) {
            tolled = v;
            return this;
        }

        public Request build() {
            return new Request(
                    r.id,
                    lawId,
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
                    tolled,
                    determined,
                    appealed,
                    appealAgency,
                    notes,
                    r.created,
                    r.updated);
        }
    }
}
