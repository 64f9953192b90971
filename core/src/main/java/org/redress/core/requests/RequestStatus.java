package org.redress.core.requests;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a public-records request stands. The id is the stable, lower-case name used in files and JSON. */
public enum RequestStatus {
    DRAFT,
    FILED,
    ACKNOWLEDGED,
    PROCESSING,
    FEE_DISPUTE,
    PARTIAL_RELEASE,
    COMPLETED,
    NO_RECORDS,
    DENIED,
    APPEALED,
    IN_LITIGATION,
    WITHDRAWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The agency still owes a response: the response deadlines run. */
    public boolean awaitsResponse() {
        return this == FILED
                || this == ACKNOWLEDGED
                || this == PROCESSING
                || this == FEE_DISPUTE
                || this == PARTIAL_RELEASE;
    }

    /** An adverse or partial determination the requester may still appeal. */
    public boolean appealable() {
        return this == PARTIAL_RELEASE || this == NO_RECORDS || this == DENIED || this == FEE_DISPUTE;
    }

    public static String ids() {
        return Arrays.stream(values()).map(RequestStatus::id).collect(Collectors.joining(", "));
    }

    /** Parses "fee_dispute", "fee-dispute", "fee dispute" or "FEE_DISPUTE". */
    public static RequestStatus parse(String text) {
        if (text == null || text.isBlank())
            throw new InvalidRequestException("status", "a status is required: one of " + ids());
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("status", "'" + text + "' is not a status; use one of " + ids());
        }
    }
}
