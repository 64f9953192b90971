package org.redress.application.requests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redress.core.corpus.Location;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.RequestStore;
import org.redress.core.requests.Production;
import org.redress.core.requests.Request;

/**
 * The records request and production a document came in. A document found inside a production's archive or email
 * (a child) came in that production too: its parents are followed up through their locations.
 *
 * @param production the production's number for its request (1, 2 …)
 * @param source     the name of the corpus source the production was ingested as
 * @param bates      the Bates range stamped on the production, or null
 * @param via        the id of the container document that was found in the production, or null when the document itself was
 */
public record ProducedBy(
        long requestId,
        String trackingNumber,
        String law,
        String agency,
        int production,
        String source,
        Bates bates,
        List<String> exemptions,
        String via) {

    public record Bates(String from, String to) {}

    /** Far more than any real nesting; guards against a corrupt store whose locations form a loop. */
    private static final int MAX_DOCUMENTS = 10_000;

    public static List<ProducedBy> of(DocumentStore documents, RequestStore requests, String documentId) {
        Map<Long, ProducedBy> found = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(documentId);
        seen.add(documentId);
        while (!todo.isEmpty() && seen.size() <= MAX_DOCUMENTS) {
            String id = todo.poll();
            for (Production p : requests.productionsOfDocument(id)) {
                if (found.containsKey(p.id())) continue;
                Request r = requests.request(p.requestId()).orElse(null);
                if (r == null) continue;
                found.put(
                        p.id(),
                        new ProducedBy(
                                r.id(),
                                r.trackingNumber(),
                                r.lawId(),
                                r.agency(),
                                p.number(),
                                p.sourceName(),
                                p.batesFrom() == null ? null : new Bates(p.batesFrom(), p.batesTo()),
                                p.exemptions(),
                                id.equals(documentId) ? null : id));
            }
            for (Location l : documents.locations(id)) {
                if (l.parentId() != null && seen.add(l.parentId())) todo.add(l.parentId());
            }
        }
        return new ArrayList<>(found.values());
    }

    /** "2024-HQFO-00077 (us-foia, Department of Homeland Security), production 1, Bates DHS-0001–DHS-0040, exemptions (b)(6)". */
    public String plain() {
        StringBuilder s = new StringBuilder();
        s.append(trackingNumber == null ? "request " + requestId : trackingNumber + " (request " + requestId + ")")
                .append(", ")
                .append(law)
                .append(", ")
                .append(agency)
                .append(": production ")
                .append(production);
        if (bates != null) s.append(", Bates ").append(bates.from()).append("–").append(bates.to());
        if (!exemptions.isEmpty()) s.append(", exemptions ").append(String.join(" ", exemptions));
        if (via != null)
            s.append(" [inside ").append(via, 0, Math.min(12, via.length())).append("]");
        return s.toString();
    }
}
