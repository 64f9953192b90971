package org.redress.core.casemodel;

/**
 * Evidence linked to an element of a claim: an event, a citation, or a mention of a watched person (a hit's id, for
 * the element of knowledge), exactly one of them, with a weight and a note. {@code id} is assigned by the store
 * (0 before).
 */
public record Finding(
        long id,
        String claimId,
        String elementId,
        String eventId,
        Long citationId,
        Weight weight,
        String note,
        String mentionId) {
    public Finding {
        if (claimId == null || elementId == null)
            throw new CaseModelException("a finding needs a claim and an element");
        mentionId = mentionId == null || mentionId.isBlank() ? null : mentionId.strip();
        int given = (eventId == null ? 0 : 1) + (citationId == null ? 0 : 1) + (mentionId == null ? 0 : 1);
        if (given != 1) {
            throw new CaseModelException("a finding links exactly one event, one citation or one mention");
        }
        weight = weight == null ? Weight.SUPPORTS : weight;
        note = note == null ? "" : note;
    }

    /** A finding on an event or a citation. */
    public Finding(
            long id, String claimId, String elementId, String eventId, Long citationId, Weight weight, String note) {
        this(id, claimId, elementId, eventId, citationId, weight, note, null);
    }

    public Finding withId(long newId) {
        return new Finding(newId, claimId, elementId, eventId, citationId, weight, note, mentionId);
    }
}
