package org.redress.app.cli;

import java.time.LocalDate;
import java.util.Optional;
import org.redress.app.wiring.CaseException;
import org.redress.app.wiring.CaseServices;
import org.redress.application.access.Access;
import org.redress.core.corpus.Source;
import org.redress.core.reuse.ReferenceSource;

/**
 * Keeps the group's material and the agency's records in separate sources: a source is one or the other for good,
 * because every file in it is compared (or not) as such.
 */
final class ReferenceSources {
    private ReferenceSources() {}

    static void prepare(CaseServices c, String name, LocalDate received, boolean reference, boolean isPrivate) {
        if (isPrivate && !reference)
            throw new CaseException("--private goes with --reference (private material of the group)");
        Optional<Source> existing = c.documents().sources().stream()
                .filter(s -> s.name().equals(name))
                .findFirst();
        // Which sources are the group's is the case's bookkeeping, read whole: a role that does not see private
        // references must still be told the truth about a source's kind, not "agency records".
        Optional<ReferenceSource> marked =
                existing.flatMap(s -> Access.asCase(() -> c.reuse().referenceSources()).stream()
                        .filter(r -> r.sourceId() == s.id())
                        .findFirst());
        if (existing.isPresent()
                && marked.isEmpty()
                && reference
                && !c.documents().locationsOfSource(existing.get().id()).isEmpty()) {
            throw new CaseException("the source '" + name + "' holds agency records; give the group's material its own"
                    + " name with --source");
        }
        if (marked.isPresent() && !reference) {
            throw new CaseException("the source '" + name + "' is the group's reference material; add --reference"
                    + " (and --private if it is private), or give these records another --source name");
        }
        if (!reference) return;
        Source s = c.documents().source(name, received);
        c.reuse()
                .markReference(
                        s.id(),
                        isPrivate || marked.map(ReferenceSource::isPrivate).orElse(false));
    }
}
