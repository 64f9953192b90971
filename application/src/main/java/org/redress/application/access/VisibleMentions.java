package org.redress.application.access;

import java.util.List;
import java.util.Optional;
import org.redress.core.mentions.Decision;
import org.redress.core.mentions.Mention;
import org.redress.core.mentions.MentionStatus;
import org.redress.core.port.MentionStore;

/**
 * The watch-list's hits as the acting role may see them. A role that may not see the watch-list finds no hit in any
 * list (so the pages that show hits beside something else, a document or the home page, show none) and is refused a
 * hit asked for by its id and any decision ({@link org.redress.core.users.NotForYourRole}); the use cases refuse it the
 * watch-list itself. Hits on hidden documents are left out for everyone who may not reach those. Screening goes
 * straight through.
 */
final class VisibleMentions implements MentionStore {
    private static final String HITS = "a hit of the watch list";
    private final MentionStore store;
    private final Visibility visibility;

    VisibleMentions(MentionStore store, Visibility visibility) {
        this.store = store;
        this.visibility = visibility;
    }

    @Override
    public List<String> documentsToScreen(String fingerprint, int limit) {
        return store.documentsToScreen(fingerprint, limit);
    }

    @Override
    public int replaceHits(String documentId, String fingerprint, List<Mention> hits) {
        return store.replaceHits(documentId, fingerprint, hits);
    }

    @Override
    public List<Mention> mentions(String person, MentionStatus status) {
        if (!Access.seesWatchList()) return List.of();
        return visible(store.mentions(person, status));
    }

    @Override
    public List<Mention> mentionsIn(String documentId) {
        if (!Access.seesWatchList() || visibility.hides(documentId)) return List.of();
        return store.mentionsIn(documentId);
    }

    @Override
    public Optional<Mention> mention(String id) {
        Access.requireWatchList(HITS);
        return store.mention(id).filter(m -> !visibility.hides(m.documentId()));
    }

    @Override
    public Optional<Mention> decide(Decision decision) {
        Access.requireWatchList(HITS);
        if (mention(decision.mentionId()).isEmpty()) return Optional.empty();
        return store.decide(decision);
    }

    @Override
    public void forgetScreening() {
        store.forgetScreening();
    }

    private List<Mention> visible(List<Mention> all) {
        return visibility.visible(all, Mention::documentId);
    }

    /** The store belongs to the case; closing a view of it closes nothing. */
    @Override
    public void close() {}
}
