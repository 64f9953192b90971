package org.redress.core.corpus;

/**
 * One place a document was found: a file of a source, or a member of a container document
 * (an attachment of an email, an entry of an archive). Provenance is never lost: identical
 * bytes found twice are one document with two locations.
 */
public record Location(String documentId, long sourceId, String parentId, String path) {
    public boolean isTopLevel() {
        return parentId == null;
    }
}
