package org.redress.analysis.chain;

import java.util.List;

/**
 * Everything the chain says of one subject: the levels reached in order, the path, the adverse action the dates are
 * measured against (null when the case has none for them) and the findings in words.
 */
public record SubjectChain(
        String person, List<Reach> levels, List<Step> path, AdverseAction adverseAction, List<String> words) {

    /** The subject's first adverse action: event id, kind in words ("arrest") and day. */
    public record AdverseAction(String eventId, String kind, String date) {}
}
