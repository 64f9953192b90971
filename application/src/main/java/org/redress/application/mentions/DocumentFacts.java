package org.redress.application.mentions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redress.application.requests.ProducedBy;
import org.redress.core.corpus.DisplayPaths;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Source;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.RequestStore;

/**
 * What a summary needs to know of a document, looked up once each: its path, its date (the email's Date, else its
 * creation date, else the earliest date a source holding it was received), the organisations that held it (the
 * email sender's domain, else the agencies of the requests that produced it) and the sources it came in.
 */
final class DocumentFacts {
    record Facts(String path, LocalDate date, List<String> organisations, List<Source> sources) {}

    private final DocumentStore documents;
    private final RequestStore requests;
    private final Map<String, Facts> known = new HashMap<>();

    DocumentFacts(DocumentStore documents, RequestStore requests) {
        this.documents = documents;
        this.requests = requests;
    }

    Facts of(String documentId) {
        return known.computeIfAbsent(documentId, this::lookUp);
    }

    private Facts lookUp(String id) {
        Document d = documents.document(id).orElse(null);
        List<Location> locations = documents.locations(id);
        String path = locations.isEmpty() ? id : DisplayPaths.of(documents, locations.get(0));
        Set<Source> sources = new LinkedHashSet<>();
        for (Location l : locations) documents.sourceById(l.sourceId()).ifPresent(sources::add);
        LocalDate date = null;
        Instant own = d == null
                ? null
                : d.email() != null && d.email().sent() != null ? d.email().sent() : d.created();
        if (own != null) date = LocalDate.ofInstant(own, ZoneOffset.UTC);
        if (date == null) {
            for (Source s : sources) {
                if (s.received() != null && (date == null || s.received().isBefore(date))) date = s.received();
            }
        }
        List<String> orgs = new ArrayList<>();
        String domain = d == null || d.email() == null ? null : d.email().senderDomain();
        if (domain != null) {
            orgs.add(domain);
        } else {
            for (ProducedBy p : ProducedBy.of(documents, requests, id)) {
                if (p.agency() != null && !orgs.contains(p.agency())) orgs.add(p.agency());
            }
        }
        return new Facts(path, date, orgs, List.copyOf(sources));
    }
}
