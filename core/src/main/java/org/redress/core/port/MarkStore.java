package org.redress.core.port;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redress.core.marks.Mark;
import org.redress.core.marks.MarkStage;

/**
 * The marks of the corpus (pattern entities, exemption marks, animus flags), rebuilt per document and stage by the
 * marking stages. Each document remembers the fingerprint of the rules each stage last ran with, so that only new
 * documents, or every document after the rules (the lexicon) changed, are marked again. Every write is atomic.
 */
public interface MarkStore extends AutoCloseable {

    /** Documents not yet marked by at least one stage with that stage's fingerprint, by id. */
    List<String> documentsToMark(Map<MarkStage, String> fingerprints, int limit);

    /** How many documents {@link #documentsToMark} would give in all. */
    long countToMark(Map<MarkStage, String> fingerprints);

    /** The fingerprint each stage last marked this document with (stages that never did are absent). */
    Map<MarkStage, String> markedWith(String documentId);

    /**
     * Replaces one stage's marks of one document with those just found and records the fingerprint. Returns how many
     * of them the document did not have before.
     */
    int replaceMarks(String documentId, MarkStage stage, String fingerprint, List<Mark> marks);

    /** Marks of one stage (null for all) and one document (null for all), by document, page and offset. */
    List<Mark> marks(MarkStage stage, String documentId);

    /** The marks of one page, by offset. */
    List<Mark> marksOnPage(String documentId, int page);

    Optional<Mark> mark(String id);

    /** Forgets what was marked with which rules, so that the next run marks the whole corpus again. */
    void forgetMarking();

    @Override
    void close();
}
