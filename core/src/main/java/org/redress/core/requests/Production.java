package org.redress.core.requests;

import java.time.LocalDate;
import java.util.List;

/**
 * A batch of records an agency released for a request, ingested into the corpus as one source.
 *
 * @param number      1 for the request's first production, 2 for the next …
 * @param batesFrom   first Bates number stamped on the production (null if unstamped); {@code batesTo} the last
 * @param exemptions  the exemptions the agency claimed, as written: (b)(6), (b)(7)(C) …
 */
public record Production(
        long id,
        long requestId,
        int number,
        long sourceId,
        String sourceName,
        LocalDate received,
        String batesFrom,
        String batesTo,
        List<String> exemptions) {
    public Production {
        exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
        if ((batesFrom == null) != (batesTo == null))
            throw new InvalidRequestException("bates", "a Bates range needs a first and a last number");
    }

    /** A production from checked values; {@code bates} is null for an unstamped production. */
    public static Production of(
            long id,
            long requestId,
            int number,
            long sourceId,
            String sourceName,
            LocalDate received,
            BatesRange bates,
            ExemptionList exemptions) {
        return new Production(
                id,
                requestId,
                number,
                sourceId,
                sourceName,
                received,
                bates == null ? null : bates.from(),
                bates == null ? null : bates.to(),
                exemptions.marks());
    }
}
