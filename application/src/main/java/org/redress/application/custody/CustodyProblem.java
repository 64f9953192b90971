package org.redress.application.custody;

/**
 * One thing {@code redress verify} found wrong.
 *
 * @param kind   what is wrong, one of the constants below
 * @param target what it is wrong with: an original's SHA-256, a manifest's file in the case, or a source's name
 * @param detail what a person needs to know, in words
 */
public record CustodyProblem(String kind, String target, String detail) {
    /** An original the database lists is not in the originals folder. */
    public static final String ORIGINAL_MISSING = "original-missing";
    /** An original's bytes (or size) are no longer the ones recorded at intake. */
    public static final String ORIGINAL_ALTERED = "original-altered";
    /** A manifest has no signature beside it. */
    public static final String MANIFEST_UNSIGNED = "manifest-unsigned";
    /** A manifest's signature does not verify with the case's key: the manifest or its signature was changed. */
    public static final String MANIFEST_SIGNATURE_INVALID = "manifest-signature-invalid";
    /** A signed manifest cannot be read, or names another source or version than its place in the case. */
    public static final String MANIFEST_UNREADABLE = "manifest-unreadable";
    /** A version is missing, or does not name the digest of the version before it. */
    public static final String MANIFEST_HISTORY_BROKEN = "manifest-history-broken";
    /** A manifest lists an original with another size than the database records. */
    public static final String MANIFEST_MISMATCH = "manifest-mismatch";
    /** A source holds files that no signed manifest lists (an unfinished ingest, or a case older than custody). */
    public static final String SOURCE_UNRECORDED = "source-unrecorded";
    /**
     * A source that is a request's production has a latest signed manifest naming no request, or another: the link
     * was made after the manifest was signed (a production queued on a team server whose signing then failed).
     */
    public static final String MANIFEST_REQUEST_MISSING = "manifest-request-missing";
}
