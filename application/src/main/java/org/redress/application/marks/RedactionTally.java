package org.redress.application.marks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.redress.application.requests.ProducedBy;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Source;
import org.redress.core.marks.Mark;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.RequestStore;

/**
 * Counts exemption marks into the rows of a {@link RedactionReport}. A document found in two sources counts in both;
 * a source's agency is the agency of the request it is a production of.
 */
final class RedactionTally {
    private static final Comparator<String> TEXT = Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);

    private record Key(String source, String agency, String exemption, String documentId) {}

    private static final class Counts {
        final Set<String> documents = new HashSet<>();
        final Set<String> pages = new HashSet<>();
        long marks;
    }

    private final DocumentStore documents;
    private final RequestStore requests;
    private final Map<Long, String> agencyOfSource = new HashMap<>();
    private final DocumentPaths paths;

    RedactionTally(DocumentStore documents, RequestStore requests) {
        this.documents = documents;
        this.requests = requests;
        this.paths = new DocumentPaths(documents);
    }

    RedactionReport report(List<Mark> exemptionMarks, RedactionReport.By by) {
        Map<Key, Counts> rows = new TreeMap<>(Comparator.comparing(Key::source, TEXT)
                .thenComparing(Key::agency, TEXT)
                .thenComparing(Key::documentId, TEXT)
                .thenComparing(Key::exemption, TEXT));
        Set<String> pages = new HashSet<>();
        Map<String, List<Key>> keysOfDocument = new HashMap<>();
        for (Mark m : exemptionMarks) {
            String page = m.documentId() + "#" + m.page();
            pages.add(page);
            List<Key> bases = keysOfDocument.computeIfAbsent(m.documentId(), d -> bases(d, by));
            for (Key base : bases) {
                Counts c = rows.computeIfAbsent(
                        new Key(base.source(), base.agency(), m.code(), base.documentId()), k -> new Counts());
                c.documents.add(m.documentId());
                c.pages.add(page);
                c.marks++;
            }
        }
        List<RedactionReport.Row> out = new ArrayList<>();
        rows.forEach((k, c) -> out.add(new RedactionReport.Row(
                k.source(),
                k.agency(),
                k.exemption(),
                c.documents.size(),
                c.pages.size(),
                c.marks,
                k.documentId(),
                k.documentId() == null ? null : paths.of(k.documentId()))));
        return new RedactionReport(out, pages.size(), exemptionMarks.size());
    }

    /** The row keys a document's marks count under (without the exemption). */
    private List<Key> bases(String documentId, RedactionReport.By by) {
        List<Key> out = new ArrayList<>();
        switch (by) {
            case SOURCE -> {
                for (Source s : sources(documentId)) out.add(new Key(s.name(), agency(s), null, null));
            }
            case AGENCY -> {
                Set<String> agencies = new java.util.LinkedHashSet<>();
                for (Source s : sources(documentId)) agencies.add(agency(s));
                for (String a : agencies) out.add(new Key(null, a, null, null));
            }
            case DOCUMENT -> {
                List<Source> sources = sources(documentId);
                String agency = ProducedBy.of(documents, requests, documentId).stream()
                        .map(ProducedBy::agency)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null);
                out.add(new Key(sources.isEmpty() ? null : sources.get(0).name(), agency, null, documentId));
            }
        }
        if (out.isEmpty()) out.add(new Key(null, null, null, by == RedactionReport.By.DOCUMENT ? documentId : null));
        return out;
    }

    private List<Source> sources(String documentId) {
        List<Source> out = new ArrayList<>();
        for (Location l : documents.locations(documentId)) {
            documents.sourceById(l.sourceId()).filter(s -> !out.contains(s)).ifPresent(out::add);
        }
        return out;
    }

    /** The agency of the request the source is a production of; a document found inside it shares it. */
    private String agency(Source s) {
        return agencyOfSource.computeIfAbsent(
                s.id(),
                id -> requests.productionOfSource(id)
                        .flatMap(p -> requests.request(p.requestId()))
                        .map(r -> r.agency())
                        .orElse(null));
    }
}
