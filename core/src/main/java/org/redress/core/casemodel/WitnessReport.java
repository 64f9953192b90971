package org.redress.core.casemodel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a community member sent through the witness form: their statement, what the draft event proposes (the kind
 * of thing seen, the date and time when they could be read, the people and officers named) and the files attached.
 * It stays a draft, outside the chronology, until a case member accepts it (it then cites an event of the case) or
 * rejects it with a reason; either way it is kept. {@code id} is assigned by the store (0 before).
 *
 * @param seen     what kind of thing was seen: {@code arrest}, {@code stop}, {@code visit} or {@code other}
 * @param date     the day as {@code yyyy-MM-dd} when the witness's date could be read, else empty
 * @param time     {@code HH:mm} likewise
 */
public record WitnessReport(
        long id,
        Instant submitted,
        String language,
        WitnessStatement statement,
        String contact,
        String seen,
        String peopleSeen,
        String officers,
        String plates,
        String date,
        String time,
        List<WitnessAttachment> attachments,
        Status status,
        String eventId,
        String reason,
        Instant reviewed) {

    public enum Status {
        DRAFT,
        ACCEPTED,
        REJECTED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status fromCode(String code) {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        }
    }

    public WitnessReport {
        if (statement == null) throw new CaseModelException("a witness report needs the statement");
        language = "en".equals(language) ? "en" : "es";
        contact = blank(contact);
        seen = seen == null || seen.isBlank() ? "other" : seen.strip();
        peopleSeen = blank(peopleSeen);
        officers = blank(officers);
        plates = blank(plates);
        date = blank(date);
        time = blank(time);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        status = status == null ? Status.DRAFT : status;
        eventId = blank(eventId);
        reason = blank(reason);
    }

    /** A new draft, as the form sends it. */
    public static WitnessReport draft(
            Instant submitted,
            String language,
            WitnessStatement statement,
            String contact,
            String seen,
            String peopleSeen,
            String officers,
            String plates,
            String date,
            String time,
            List<WitnessAttachment> attachments) {
        return new WitnessReport(
                0,
                submitted,
                language,
                statement,
                contact,
                seen,
                peopleSeen,
                officers,
                plates,
                date,
                time,
                attachments,
                Status.DRAFT,
                "",
                "",
                null);
    }

    public WitnessReport withId(long newId) {
        return new WitnessReport(
                newId,
                submitted,
                language,
                statement,
                contact,
                seen,
                peopleSeen,
                officers,
                plates,
                date,
                time,
                attachments,
                status,
                eventId,
                reason,
                reviewed);
    }

    public WitnessReport withAttachments(List<WitnessAttachment> files) {
        return new WitnessReport(
                id,
                submitted,
                language,
                statement,
                contact,
                seen,
                peopleSeen,
                officers,
                plates,
                date,
                time,
                files,
                status,
                eventId,
                reason,
                reviewed);
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    /**
     * The statement as the accepted event cites it: everything the witness said, the people and officers they named
     * and the plates they read included, so that nothing of it depends on the draft.
     */
    public WitnessStatement cited() {
        StringBuilder saw = new StringBuilder(statement.saw());
        if (!peopleSeen.isEmpty()) saw.append("\nPeople seen: ").append(peopleSeen);
        if (!officers.isEmpty()) saw.append("\nOfficers: ").append(officers);
        List<String> vehicles = new ArrayList<>();
        if (!statement.vehicles().isBlank()) vehicles.add(statement.vehicles());
        if (!plates.isEmpty()) vehicles.add("plates: " + plates);
        return new WitnessStatement(
                statement.witness(),
                saw.toString(),
                statement.when(),
                statement.where(),
                statement.words(),
                String.join("; ", vehicles),
                statement.badges());
    }

    private static String blank(String s) {
        return s == null ? "" : s.strip();
    }
}
