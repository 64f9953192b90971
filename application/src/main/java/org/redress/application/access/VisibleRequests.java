package org.redress.application.access;

import java.util.List;
import java.util.Optional;
import org.redress.core.port.RequestStore;
import org.redress.core.requests.Correspondence;
import org.redress.core.requests.Production;
import org.redress.core.requests.Request;

/**
 * The records requests as the acting role may see them: a production lists, and counts, only the documents the role
 * may reach, and a hidden document came in no production. Requests, their letters and deadlines go straight through.
 */
final class VisibleRequests implements RequestStore {
    private final RequestStore store;
    private final Visibility visibility;

    VisibleRequests(RequestStore store, Visibility visibility) {
        this.store = store;
        this.visibility = visibility;
    }

    @Override
    public Request add(Request request) {
        return store.add(request);
    }

    @Override
    public Optional<Request> update(Request request) {
        return store.update(request);
    }

    @Override
    public Optional<Request> request(long id) {
        return store.request(id);
    }

    @Override
    public Optional<Request> byTrackingNumber(String trackingNumber) {
        return store.byTrackingNumber(trackingNumber);
    }

    @Override
    public List<Request> requests() {
        return store.requests();
    }

    @Override
    public Correspondence addCorrespondence(Correspondence correspondence) {
        return store.addCorrespondence(correspondence);
    }

    @Override
    public List<Correspondence> correspondence(long requestId) {
        return store.correspondence(requestId);
    }

    @Override
    public Production addProduction(Production production) {
        return store.addProduction(production);
    }

    @Override
    public List<Production> productions(long requestId) {
        return store.productions(requestId);
    }

    @Override
    public Optional<Production> productionOfSource(long sourceId) {
        return store.productionOfSource(sourceId);
    }

    @Override
    public List<Production> productionsOfDocument(String documentId) {
        return visibility.hides(documentId) ? List.of() : store.productionsOfDocument(documentId);
    }

    @Override
    public List<String> documentIds(long productionId) {
        return visibility.visible(store.documentIds(productionId), id -> id);
    }

    /** The store belongs to the case; closing a view of it closes nothing. */
    @Override
    public void close() {}
}
