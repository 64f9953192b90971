package org.redress.application.mentions;

import java.util.List;

/**
 * When and where a watched person was named, over the hits that count (not rejected, and confirmed or at least at the
 * threshold): documents and pages, the first and last date (ISO), the same by organisation, and the sources.
 */
public record PersonSummary(
        String person,
        long documents,
        long pages,
        String firstNamed,
        String lastNamed,
        List<ByOrganisation> byOrganisation,
        List<BySource> sources) {

    /** {@code organisation} is the email sender's domain or the producing agency; null when neither is known. */
    public record ByOrganisation(String organisation, String firstNamed, String lastNamed, long documents) {}

    public record BySource(String source, String received, long documents) {}
}
