package org.redress.core.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.redress.core.corpus.CaseStatus;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Failure;
import org.redress.core.corpus.IngestRun;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Source;

/**
 * The case's record of sources, documents, pages, locations and failures.
 * Every write is atomic: a crash leaves either the whole write or none of it.
 */
public interface DocumentStore extends AutoCloseable {

    /** The source with this name, created with the received date if it is new. */
    Source source(String name, LocalDate received);

    List<Source> sources();

    Optional<Source> sourceById(long id);

    Optional<Document> document(String id);

    /** A document by a unique prefix of its id (at least 6 hex digits), as people type them. */
    Optional<Document> documentByPrefix(String prefix);

    /** Stores a document and its pages, replacing any earlier extraction of the same bytes. */
    void saveExtraction(Document document, List<Page> pages);

    void setStatus(String documentId, ExtractionStatus status, String detail);

    /** Records where a document was found; false when that exact location was already known. */
    boolean addLocation(Location location);

    List<Location> locations(String documentId);

    List<Location> children(String parentId);

    /** Every place anything was found in one source, containers' members included, in the order found. */
    List<Location> locationsOfSource(long sourceId);

    /** Every document of the case (each has its original in the blob store), by id. */
    List<Document> documents();

    /** Every email of the case, oldest first (undated last), for the mail graph and threads. */
    default List<Document> emails() {
        return documents().stream().filter(Document::isEmail).toList();
    }

    /** Emails stored before their References header was kept: {@code redress reindex --mail-headers} reads them. */
    List<String> emailsWithoutReferences();

    /** Records an email's References (Message-IDs, oldest first; empty when it has none). */
    void setEmailReferences(String documentId, List<String> references);

    List<Page> pages(String documentId);

    Optional<Page> page(String documentId, int number);

    /** Records a failure, replacing an earlier one for the same source and path. */
    void recordFailure(Failure failure);

    /** Clears a failure once the same file has been ingested after all (a password was found, OCR was added). */
    void clearFailure(long sourceId, String path);

    /** Clears every failure recorded against a document that has now been read (wherever it was found). */
    void clearFailuresOf(String documentId);

    List<Failure> failures();

    /** Documents whose search index entries may be missing or stale. */
    List<String> documentsToIndex(int limit);

    void markIndexed(List<String> documentIds);

    /** Forgets that documents were indexed, so the index can be rebuilt from the store. */
    void markAllUnindexed();

    IngestRun startRun(long sourceId, String arguments);

    void finishRun(long runId);

    /** What the case holds. */
    default CaseStatus status() {
        return status(Set.of(), Set.of());
    }

    /**
     * What the case holds without these documents (their pages, OCR pages, failures) and these sources (their failures
     * and unfinished runs): what a role that may not reach them is told the case holds.
     */
    CaseStatus status(Set<String> excludedDocuments, Set<Long> excludedSources);

    /**
     * From now on, groups the writes of several files into one transaction (committed every few hundred writes or
     * about a second) instead of one per write, until {@link #endBatch}. Crash safety is kept by the ingest's steps:
     * each is keyed by the bytes' hash, so a crash loses at most the open group and the next run does it again.
     * Stores without transactions of their own ignore it.
     */
    default void startBatch() {}

    /** Commits the open group of writes now: before the search index commits, so it never holds what the store lacks. */
    default void commitBatch() {}

    /** Commits the open group and writes one at a time again. */
    default void endBatch() {}

    @Override
    void close();
}
