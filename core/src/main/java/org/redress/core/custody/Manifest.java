package org.redress.core.custody;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a source held when one ingest run of it finished, as signed with the case's key.
 *
 * @param version        1 for the first intake of the source, then one more for each run that changed what it holds
 * @param previous       the SHA-256 of the previous version's signed bytes (null for version 1): the custody history
 * @param received       the day the source was received (null when nobody said)
 * @param firstIngested  when the source was first taken into the case
 * @param ingestedBy     the operating-system user who ran the ingest
 * @param request        the records request the source answers, or null
 * @param keyFingerprint the fingerprint of the public key that verifies the signature
 */
public record Manifest(
        int version,
        String previous,
        long sourceId,
        String sourceName,
        LocalDate received,
        Instant firstIngested,
        Instant ingestStarted,
        Instant ingestFinished,
        String ingestedBy,
        RequestRef request,
        List<ManifestFile> files,
        List<NotStored> notStored,
        String keyFingerprint) {

    public Manifest {
        files = List.copyOf(files);
        notStored = List.copyOf(notStored);
        if (version < 1) throw new IllegalArgumentException("a manifest version starts at 1: " + version);
    }

    /** True when both list the same originals and unkept files (times and versions aside). */
    public boolean sameContents(Manifest other) {
        return other != null
                && new java.util.HashSet<>(files).equals(new java.util.HashSet<>(other.files))
                && new java.util.HashSet<>(notStored).equals(new java.util.HashSet<>(other.notStored))
                && java.util.Objects.equals(request, other.request);
    }
}
