package org.redress.core.port;

import java.util.List;
import java.util.Optional;
import org.redress.core.mentions.Decision;
import org.redress.core.mentions.Mention;
import org.redress.core.mentions.MentionStatus;

/**
 * The hits of the watch list in the corpus and the reviewers' decisions on them. Hits are rebuilt by screening;
 * decisions are kept apart, keyed by person, page text (its SHA-256) and offsets, so a decision survives screening
 * again and covers the same words in an identical page of another document. Every write is atomic.
 */
public interface MentionStore extends AutoCloseable {

    /**
     * Documents of the corpus that were not screened with this watch list (a fingerprint of the watched names and
     * the matching rules): new documents, and every document after the watch list changed.
     */
    List<String> documentsToScreen(String fingerprint, int limit);

    /**
     * Replaces every hit of one document with those just found, and records it as screened with the fingerprint.
     * Returns how many of the hits the document did not have before.
     */
    int replaceHits(String documentId, String fingerprint, List<Mention> hits);

    /** Hits, each with its decision, ordered by person, document and offset; a null filter matches everything. */
    List<Mention> mentions(String person, MentionStatus status);

    /** The hits on one document, each with its decision, ordered by page and offset. */
    default List<Mention> mentionsIn(String documentId) {
        return mentions(null, null).stream()
                .filter(m -> m.documentId().equals(documentId))
                .sorted(java.util.Comparator.comparingInt(Mention::page).thenComparingInt(Mention::start))
                .toList();
    }

    Optional<Mention> mention(String id);

    /**
     * Records a decision on a hit; it applies to every hit of the same person on the same words of an identical page,
     * now and whenever screening finds them again. Empty when there is no such hit.
     */
    Optional<Mention> decide(Decision decision);

    /** Forgets which documents were screened, so that the next screening runs over the whole corpus. */
    void forgetScreening();

    @Override
    void close();
}
