package org.redress.core.port;

import java.util.List;
import java.util.Optional;
import org.redress.core.requests.Correspondence;
import org.redress.core.requests.Production;
import org.redress.core.requests.Request;

/**
 * The case's public-records requests, their correspondence and their productions. Every write is
 * atomic, and a write that is refused changes nothing.
 */
public interface RequestStore extends AutoCloseable {

    /** Stores a new request (its id is ignored) and returns it with its id. */
    Request add(Request request);

    /** Replaces every field of a stored request; empty if there is no request with that id. */
    Optional<Request> update(Request request);

    Optional<Request> request(long id);

    /** A request by its tracking number (exact, ignoring case). */
    Optional<Request> byTrackingNumber(String trackingNumber);

    /** Every request, in the order they were added. */
    List<Request> requests();

    Correspondence addCorrespondence(Correspondence correspondence);

    /** A request's correspondence, oldest first. */
    List<Correspondence> correspondence(long requestId);

    /** Records that a source of the corpus is a production of a request; a source belongs to one production only. */
    Production addProduction(Production production);

    /** A request's productions, in order. */
    List<Production> productions(long requestId);

    Optional<Production> productionOfSource(long sourceId);

    /** The productions a document came in (one per source it was found in that is a production). */
    List<Production> productionsOfDocument(String documentId);

    /** The ids of the documents found in a production's source. */
    List<String> documentIds(long productionId);

    @Override
    void close();
}
