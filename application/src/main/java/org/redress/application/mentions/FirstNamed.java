package org.redress.application.mentions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.redress.analysis.names.NameMatcher;
import org.redress.application.casemodel.Chronology;
import org.redress.core.mentions.Mention;

/**
 * When the agency's records first named a watched person: the earliest hit that counts (not rejected; confirmed or at
 * the threshold), by the document's own date, for each organisation that held the document (one entry without an
 * organisation when none is known). A derived fact: it cites the document and page of that hit.
 */
public record FirstNamed(
        String person, String organisation, LocalDate date, String documentId, int page, String hitId, String matched) {

    /** Ties on the day go to the first document, page and place, so the entry does not change between runs. */
    private static final Comparator<Candidate> EARLIEST = Comparator.<Candidate, LocalDate>comparing(c -> c.date)
            .thenComparing(c -> c.hit.documentId())
            .thenComparingInt(c -> c.hit.page())
            .thenComparingInt(c -> c.hit.start());

    private record Candidate(Mention hit, LocalDate date) {}

    static List<FirstNamed> of(List<Mention> hits, DocumentFacts facts) {
        Map<String, Candidate> first = new LinkedHashMap<>();
        Map<String, String> orgOf = new LinkedHashMap<>();
        for (Mention m : hits) {
            if (!m.counts(NameMatcher.THRESHOLD)) continue;
            DocumentFacts.Facts f = facts.of(m.documentId());
            if (f.date() == null) continue;
            List<String> orgs = f.organisations().isEmpty() ? Collections.singletonList(null) : f.organisations();
            for (String org : orgs) {
                String key = m.person() + "\n" + Objects.toString(org, "");
                Candidate c = new Candidate(m, f.date());
                Candidate old = first.get(key);
                if (old == null || EARLIEST.compare(c, old) < 0) first.put(key, c);
                orgOf.put(key, org);
            }
        }
        List<FirstNamed> out = new ArrayList<>();
        first.forEach((key, c) -> out.add(new FirstNamed(
                c.hit.person(),
                orgOf.get(key),
                c.date,
                c.hit.documentId(),
                c.hit.page(),
                c.hit.id(),
                c.hit.matched())));
        out.sort(Comparator.comparing(FirstNamed::date).thenComparing(FirstNamed::person));
        return out;
    }

    /**
     * The chronology's derived entries, {@code words} being the fact in the reader's language ("First named in the
     * agency's records"), followed by the organisation where known. {@code people} keeps only these people (null: all).
     */
    public static List<Chronology.Row> rows(List<FirstNamed> entries, String words, Set<String> people) {
        List<Chronology.Row> out = new ArrayList<>();
        for (FirstNamed f : entries) {
            if (people != null && !people.contains(f.person())) continue;
            out.add(new Chronology.Row(
                    f.hitId(),
                    f.date().toString(),
                    "other.knowledge",
                    words + (f.organisation() == null ? "" : " (" + f.organisation() + ")"),
                    f.person(),
                    "",
                    List.of("doc "
                            + f.documentId()
                                    .substring(0, Math.min(12, f.documentId().length())) + ", p. " + f.page()),
                    List.of(f.matched()),
                    false,
                    true));
        }
        return out;
    }
}
