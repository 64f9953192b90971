package org.redress.application.access;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.redress.application.users.ActingUser;
import org.redress.core.port.BlobStore;
import org.redress.core.port.CaseModelStore;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.EntityStore;
import org.redress.core.port.MarkStore;
import org.redress.core.port.MentionStore;
import org.redress.core.port.PrivilegeStore;
import org.redress.core.port.RequestStore;
import org.redress.core.port.ReuseStore;
import org.redress.core.port.SavedSearchStore;
import org.redress.core.port.SearchIndex;

/**
 * What the acting role may not reach in one case: the documents under a privilege mark and the findings whose note
 * is (when it does not see privileged material), and the group's private reference sources and their documents (when
 * it does not see the watch-list). Nothing is read for a user who sees everything. For a request it is read once and
 * remembered in the request's {@link ActingUser} scope, until anything that decides it changes through this case (a
 * mark made or lifted, a reference source marked, a document written: {@link #changed}), which makes it read again at
 * the next question; a change made by another process counts from the next request.
 */
public final class Visibility {
    private final Supplier<PrivilegeStore> privileges;
    private final Supplier<ReuseStore> reuse;
    private final AtomicLong changes = new AtomicLong();

    /** Suppliers over the case's own (undecorated) stores, opened on first use. */
    public Visibility(Supplier<PrivilegeStore> privileges, Supplier<ReuseStore> reuse) {
        this.privileges = privileges;
        this.reuse = reuse;
    }

    /** Whether the acting role sees every document and note (then nothing need be filtered). */
    public boolean seesAll() {
        return Access.seesPrivileged() && Access.seesWatchList();
    }

    /** Says that what is hidden may have changed: every request reads it again at its next question. */
    void changed() {
        changes.incrementAndGet();
    }

    /** What the acting role may not reach, as its request last read it unless something changed since. */
    private Hidden hidden() {
        long now = changes.get(); // before the reads: a change during them makes what is read stale at once
        boolean privileged = Access.seesPrivileged();
        boolean watchList = Access.seesWatchList();
        var known = ActingUser.recalled(this, Hidden.class).filter(h -> h.holdsFor(now, privileged, watchList));
        if (known.isPresent()) return known.get();
        Hidden read = Hidden.read(now, privileged, watchList, privileges.get(), reuse.get());
        ActingUser.remember(this, read);
        return read;
    }

    /** The documents the acting role may not reach, by id. */
    public Set<String> hiddenDocuments() {
        return seesAll() ? Set.of() : hidden().documents();
    }

    /** The sources the acting role may not know of (the group's private references), by id. */
    public Set<Long> hiddenSources() {
        return seesAll() ? Set.of() : hidden().sources();
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
        return Access.seesPrivileged() ? Set.of() : hidden().notes();
    }

    /** The privilege marks, each change of which is seen at once by the views below. */
    public PrivilegeStore privileges(PrivilegeStore store) {
        return new MarkedPrivileges(store, this);
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

    /** The named entities, without those only hidden documents name, counted on what may be seen. */
    public EntityStore entities(EntityStore store) {
        return new VisibleEntities(store, this);
    }

    /** The saved searches' new hits, without the hidden documents' pages. */
    public SavedSearchStore savedSearches(SavedSearchStore store) {
        return new VisibleSavedSearches(store, this);
    }

    /** The records requests, whose productions list only the documents the role may reach. */
    public RequestStore requests(RequestStore store) {
        return new VisibleRequests(store, this);
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
