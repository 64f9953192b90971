package org.redress.application.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redress.core.marks.Mark;
import org.redress.core.marks.MarkStage;
import org.redress.core.port.MarkStore;

/**
 * The marks (entities, exemption marks, flags: the pages' own words) as the acting role may see them: none on a hidden
 * document. The marking stages' bookkeeping goes straight through.
 */
final class VisibleMarks implements MarkStore {
    private final MarkStore store;
    private final Visibility visibility;

    VisibleMarks(MarkStore store, Visibility visibility) {
        this.store = store;
        this.visibility = visibility;
    }

    @Override
    public List<String> documentsToMark(Map<MarkStage, String> fingerprints, int limit) {
        return store.documentsToMark(fingerprints, limit);
    }

    @Override
    public long countToMark(Map<MarkStage, String> fingerprints) {
        return store.countToMark(fingerprints);
    }

    @Override
    public Map<MarkStage, String> markedWith(String documentId) {
        return store.markedWith(documentId);
    }

    @Override
    public int replaceMarks(String documentId, MarkStage stage, String fingerprint, List<Mark> marks) {
        return store.replaceMarks(documentId, stage, fingerprint, marks);
    }

    @Override
    public List<Mark> marks(MarkStage stage, String documentId) {
        if (visibility.hides(documentId)) return List.of();
        return visibility.visible(store.marks(stage, documentId), Mark::documentId);
    }

    @Override
    public List<Mark> marksOnPage(String documentId, int page) {
        return visibility.hides(documentId) ? List.of() : store.marksOnPage(documentId, page);
    }

    @Override
    public Optional<Mark> mark(String id) {
        return store.mark(id).filter(m -> !visibility.hides(m.documentId()));
    }

    @Override
    public void forgetMarking() {
        store.forgetMarking();
    }

    /** The store belongs to the case; closing a view of it closes nothing. */
    @Override
    public void close() {}
}
