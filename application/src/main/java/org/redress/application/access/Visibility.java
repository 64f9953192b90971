package org.redress.application.access;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.redress.core.port.BlobStore;
import org.redress.core.port.CaseModelStore;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.EntityStore;
import org.redress.core.port.MarkStore;
import org.redress.core.port.MentionStore;
import org.redress.core.port.PrivilegeStore;
import org.redress.core.port.ReuseStore;
import org.redress.core.port.SearchIndex;
import org.redress.core.reuse.ReferenceDocument;

/**
 * What the acting role may not reach in one case: the documents under a privilege mark and the findings whose note
 * is (when it does not see privileged material), and the documents of the group's private reference sources (when it
 * does not see the watch-list). Read afresh at each question, so a mark counts at once; nothing is read for a user
 * who sees everything.
 */
public final class Visibility {
    private final Supplier<PrivilegeStore> privileges;
    private final Supplier<ReuseStore> reuse;

    /** Suppliers over the case's own (undecorated) stores, opened on first use. */
    public Visibility(Supplier<PrivilegeStore> privileges, Supplier<ReuseStore> reuse) {
        this.privileges = privileges;
        this.reuse = reuse;
    }

    /** Whether the acting role sees every document and note (then nothing need be filtered). */
    public boolean seesAll() {
        return Access.seesPrivileged() && Access.seesWatchList();
    }

    /** The documents the acting role may not reach, by id. */
    public Set<String> hiddenDocuments() {
        if (seesAll()) return Set.of();
        Set<String> out = new HashSet<>();
        if (!Access.seesPrivileged()) out.addAll(privileges.get().privilegedDocuments());
        if (!Access.seesWatchList())
            for (ReferenceDocument r : reuse.get().references()) if (r.isPrivate()) out.add(r.documentId());
        return out;
    }

    /** Whether the acting role may not reach this document. */
    public boolean hides(String documentId) {
        return documentId != null && !seesAll() && hiddenDocuments().contains(documentId);
    }

    /** {@code all} without what lies on a hidden document ({@code documentOf} says which document each is on). */
    public <T> List<T> visible(List<T> all, Function<T, String> documentOf) {
        if (seesAll()) return all;
        Set<String> hidden = hiddenDocuments();
        if (hidden.isEmpty()) return all;
        return all.stream().filter(t -> !hidden.contains(documentOf.apply(t))).toList();
    }

    /** The findings whose note the acting role may not read. */
    public Set<Long> hiddenNotes() {
        if (Access.seesPrivileged()) return Set.of();
        return privileges.get().privilegedFindings();
    }

    /** The documents, pages and places found, as the acting role may see them. */
    public DocumentStore documents(DocumentStore store) {
        return new VisibleDocuments(store, this);
    }

    /** The search, without the hidden documents' pages. */
    public SearchIndex index(SearchIndex index) {
        return new VisibleIndex(index, this);
    }

    /** The originals, without the hidden documents'. */
    public BlobStore originals(BlobStore blobs) {
        return new VisibleOriginals(blobs, this);
    }

    /** The watch-list's hits: none, or refused, for a role that may not see the watch-list. */
    public MentionStore mentions(MentionStore store) {
        return new VisibleMentions(store, this);
    }

    /** The marks, without the hidden documents'. */
    public MarkStore marks(MarkStore store) {
        return new VisibleMarks(store, this);
    }

    /** The named entities, without those only hidden documents name. */
    public EntityStore entities(EntityStore store) {
        return new VisibleEntities(store, this);
    }

    /** The reference material, without the private references for a role that may not see them. */
    public ReuseStore reuse(ReuseStore store) {
        return new VisibleReuse(store, this);
    }

    /** People, events and findings, without hidden citations, privileged notes or (for some) the watch-list. */
    public CaseModelStore caseModel(CaseModelStore store) {
        return new VisibleCaseModel(store, this);
    }
}
