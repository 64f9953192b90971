package org.redress.core.casemodel;

import java.util.List;
import java.util.Optional;

/**
 * A legal theory the case pleads, adopted from a template: the elements are copied when it is adopted, so a
 * later change to the template does not silently change the case.
 */
public record Claim(String id, String template, String title, String summary, List<ClaimElement> elements) {
    public Claim {
        if (id == null || id.isBlank()) throw new CaseModelException("a claim needs an id");
        template = template == null ? id : template;
        title = title == null ? id : title;
        summary = summary == null ? "" : summary;
        elements = elements == null ? List.of() : List.copyOf(elements);
    }

    public Optional<ClaimElement> element(String elementId) {
        return elements.stream().filter(e -> e.id().equals(elementId)).findFirst();
    }
}
