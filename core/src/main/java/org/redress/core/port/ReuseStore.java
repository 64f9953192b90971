package org.redress.core.port;

import java.util.List;
import java.util.Optional;
import org.redress.core.reuse.RecordToCompare;
import org.redress.core.reuse.ReferenceDocument;
import org.redress.core.reuse.ReferenceSource;
import org.redress.core.reuse.ReuseMatch;

/**
 * The reference sources of a case (the group's own material), the records compared with them, and the passages
 * found. A record is a document found in at least one source that is not a reference. Every write is atomic.
 */
public interface ReuseStore extends AutoCloseable {

    /** Marks a source as the group's material; a source once private stays private unless marked public again. */
    void markReference(long sourceId, boolean isPrivate);

    List<ReferenceSource> referenceSources();

    /**
     * Every reference document, numbered in the order first seen (documents new to a reference source get the next
     * numbers now), with whether it is private.
     */
    List<ReferenceDocument> references();

    /** Records not yet compared with every reference up to {@code upToSeq}, oldest comparison first. */
    List<RecordToCompare> recordsToCompare(long upToSeq, int limit);

    /**
     * Replaces the matches of one record against the references numbered above {@code afterSeq} with those found, and
     * records it as compared up to {@code upToSeq}. Returns how many of the matches are new.
     */
    int replaceMatches(String documentId, long afterSeq, long upToSeq, List<ReuseMatch> matches);

    /** Every match, ordered by record, page and offset. */
    List<ReuseMatch> matches();

    Optional<ReuseMatch> match(String id);

    /** Forgets every comparison, so that the next run compares every record with every reference. */
    void forgetComparisons();

    @Override
    void close();
}
