package org.redress.core.corpus;

import java.util.List;
import java.util.Optional;
import org.redress.core.port.DocumentStore;

/** Reading the corpus of a case, as the CLI, the API and the web pages all need it. */
public final class Corpus {
    private final DocumentStore store;

    public Corpus(DocumentStore store) {
        this.store = store;
    }

    /** A document by its id or a unique prefix of at least 6 characters. */
    public Optional<Document> find(String idOrPrefix) {
        if (idOrPrefix == null) return Optional.empty();
        String id = idOrPrefix.trim().toLowerCase(java.util.Locale.ROOT);
        return Sha256.isHex(id) ? store.document(id) : store.documentByPrefix(id);
    }

    public Optional<DocumentView> view(String idOrPrefix) {
        return find(idOrPrefix).map(this::view);
    }

    public DocumentView view(Document d) {
        List<DocumentView.Provenance> provenance = store.locations(d.id()).stream()
                .map(l -> {
                    Optional<Source> s = store.sourceById(l.sourceId());
                    return new DocumentView.Provenance(
                            s.map(Source::name).orElse("?"),
                            s.map(Source::received).orElse(null),
                            DisplayPaths.of(store, l),
                            l.parentId());
                })
                .toList();
        List<DocumentView.Child> children = store.children(d.id()).stream()
                .map(l -> new DocumentView.Child(l.documentId(), l.path()))
                .toList();
        return new DocumentView(d, provenance, children, store.pages(d.id()));
    }
}
