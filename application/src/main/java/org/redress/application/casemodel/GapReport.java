package org.redress.application.casemodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.redress.core.Count;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.Citation;
import org.redress.core.casemodel.Claim;
import org.redress.core.casemodel.ClaimElement;
import org.redress.core.casemodel.Finding;
import org.redress.core.port.CaseModelStore;

/**
 * Per adopted claim, each element with the evidence linked to it and whether it is still unproven. An element is
 * {@code supported} when at least one finding supports it (any weight but contradicts), {@code contested} when
 * only contradicting evidence is linked, {@code unsupported} when nothing is. An element of an alternative group
 * counts as met when any element of its group is supported.
 */
public final class GapReport {

    /** {@code mention} is the id of a hit of the watch list, when the finding cites one. */
    public record Evidence(
            long finding, String weight, String event, Long citation, String label, String note, String mention) {
        public Evidence(long finding, String weight, String event, Long citation, String label, String note) {
            this(finding, weight, event, citation, label, note, null);
        }
    }

    public record ElementStatus(
            String id,
            String title,
            String law,
            String authority,
            String alternative,
            String status,
            boolean met,
            List<Evidence> evidence) {}

    public record ClaimGaps(
            String claim, String title, List<ElementStatus> elements, List<String> unsupported, String summary) {}

    public record Report(List<ClaimGaps> claims, String summary) {}

    private GapReport() {}

    public static Report of(CaseModelStore store) {
        List<Finding> findings = store.findings();
        Map<String, CaseEvent> events = store.events().stream().collect(Collectors.toMap(CaseEvent::id, e -> e));
        List<ClaimGaps> out = new ArrayList<>();
        int totalOpen = 0;
        for (Claim claim : store.claims()) {
            List<ElementStatus> elements = new ArrayList<>();
            for (ClaimElement el : claim.elements()) {
                List<Evidence> ev = new ArrayList<>();
                for (Finding f : findings) {
                    if (!f.claimId().equals(claim.id()) || !f.elementId().equals(el.id())) continue;
                    ev.add(new Evidence(
                            f.id(),
                            f.weight().code(),
                            f.eventId(),
                            f.citationId(),
                            label(store, events, f),
                            f.note(),
                            f.mentionId()));
                }
                boolean supported = findings.stream()
                        .anyMatch(f -> f.claimId().equals(claim.id())
                                && f.elementId().equals(el.id())
                                && f.weight().supports());
                String status = supported ? "supported" : ev.isEmpty() ? "unsupported" : "contested";
                elements.add(new ElementStatus(
                        el.id(), el.title(), el.law(), el.authority(), el.alternative(), status, supported, ev));
            }
            List<ElementStatus> resolved = new ArrayList<>();
            for (ElementStatus e : elements) {
                boolean met = e.met()
                        || (e.alternative() != null
                                && elements.stream()
                                        .anyMatch(o -> e.alternative().equals(o.alternative()) && o.met()));
                resolved.add(new ElementStatus(
                        e.id(), e.title(), e.law(), e.authority(), e.alternative(), e.status(), met, e.evidence()));
            }
            List<String> unsupported = resolved.stream()
                    .filter(e -> !e.met())
                    .map(ElementStatus::id)
                    .toList();
            totalOpen += unsupported.size();
            String summary = unsupported.isEmpty()
                    ? claim.title() + ": every element has supporting evidence."
                    : claim.title() + ": " + unsupported.size() + " of "
                            + Count.of(resolved.size(), "element", "elements") + " still "
                            + Count.noun(unsupported.size(), "lacks", "lack") + " supporting evidence: "
                            + resolved.stream()
                                    .filter(e -> !e.met())
                                    .map(ElementStatus::title)
                                    .collect(Collectors.joining("; "))
                            + ".";
            out.add(new ClaimGaps(claim.id(), claim.title(), resolved, unsupported, summary));
        }
        String summary = out.isEmpty()
                ? "The case has no claims yet; adopt one with: redress claims add --case DIR TEMPLATE"
                : Count.of(out.size(), "claim", "claims") + "; " + Count.of(totalOpen, "element", "elements")
                        + " still unsupported.";
        return new Report(out, summary);
    }

    private static String label(CaseModelStore store, Map<String, CaseEvent> events, Finding f) {
        if (f.mentionId() != null) return "mention " + f.mentionId();
        if (f.eventId() != null) {
            CaseEvent e = events.get(f.eventId());
            return e == null
                    ? f.eventId()
                    : e.id() + " " + e.date() + " " + e.kind().code() + ": " + e.description();
        }
        return store.citation(f.citationId()).map(Citation::label).orElse("citation " + f.citationId());
    }
}
