package org.redress.core.casemodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.redress.core.Count;
import org.redress.core.corpus.Document;
import org.redress.core.port.CaseModelStore;
import org.redress.core.port.DocumentStore;

/**
 * The case model with its rules: a citation to the corpus must name a document of the case (full id or a
 * unique prefix of 6+ hex digits) and a page that document has; it is stored with the full id.
 */
public final class CaseModel {
    private final CaseModelStore store;
    private final DocumentStore corpus;

    public CaseModel(CaseModelStore store, DocumentStore corpus) {
        this.store = store;
        this.corpus = corpus;
    }

    public CaseModelStore store() {
        return store;
    }

    /** The citation with the document's full id, or an exception saying what is missing. */
    public Citation checked(Citation c) {
        if (c.type() != Citation.Type.DOCUMENT) return c;
        Optional<Document> doc = corpus.document(c.documentId().strip().toLowerCase(java.util.Locale.ROOT));
        if (doc.isEmpty()) doc = corpus.documentByPrefix(c.documentId());
        if (doc.isEmpty()) {
            throw new CaseModelException("there is no document '" + c.documentId() + "' in the case's corpus"
                    + " (give its id or a unique prefix of at least 6 characters)");
        }
        String id = doc.get().id();
        if (corpus.page(id, c.page()).isEmpty()) {
            int pages = corpus.pages(id).size();
            throw new CaseModelException("document " + id.substring(0, 12) + " has " + Count.of(pages, "page", "pages")
                    + "; there is no page " + c.page());
        }
        return c.withDocumentId(id);
    }

    public CaseEvent checked(CaseEvent e) {
        List<Citation> cs = new ArrayList<>();
        for (Citation c : e.citations()) cs.add(checked(c));
        return e.withCitations(cs);
    }

    public Citation cite(String eventId, Citation c) {
        if (store.event(eventId).isEmpty()) throw new CaseModelException("there is no event '" + eventId + "'");
        return store.addCitation(eventId, checked(c));
    }

    public CaseEvent saveEvent(CaseEvent e) {
        return store.saveEvent(checked(e));
    }

    /** Links evidence to an element, checking the claim, element, event and citation exist. */
    public Finding link(Finding f) {
        Claim claim = store.claim(f.claimId())
                .orElseThrow(() -> new CaseModelException(
                        "the case has no claim '" + f.claimId() + "'; adopt it first with: redress claims add"));
        if (claim.element(f.elementId()).isEmpty()) {
            throw new CaseModelException("claim '" + claim.id() + "' has no element '" + f.elementId()
                    + "'; its elements are "
                    + String.join(
                            ", ",
                            claim.elements().stream().map(ClaimElement::id).toList()));
        }
        if (f.eventId() != null && store.event(f.eventId()).isEmpty()) {
            throw new CaseModelException("there is no event '" + f.eventId() + "'");
        }
        if (f.citationId() != null && store.citation(f.citationId()).isEmpty()) {
            throw new CaseModelException("there is no citation " + f.citationId());
        }
        return store.addFinding(f);
    }
}
