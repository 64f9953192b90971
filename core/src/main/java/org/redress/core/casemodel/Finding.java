package org.redress.core.casemodel;

/**
 * Evidence linked to an element of a claim: an event or a citation (exactly one of them), with a weight and a
 * note. {@code id} is assigned by the store (0 before).
 */
public record Finding(
        long id, String claimId, String elementId, String eventId, Long citationId, Weight weight, String note) {
    public Finding {
        if (claimId == null || elementId == null)
            throw new CaseModelException("a finding needs a claim and an element");
        if ((eventId == null) == (citationId == null)) {
            throw new CaseModelException("a finding links exactly one event or one citation");
        }
        weight = weight == null ? Weight.SUPPORTS : weight;
        note = note == null ? "" : note;
    }
}
