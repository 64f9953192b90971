package org.redress.core.custody;

/**
 * One original listed in a manifest.
 *
 * @param path          where it was found, as people read it (an attachment shows the email it came in)
 * @param extractedFrom the SHA-256 of the container it was extracted from, or null for a file of the source itself
 */
public record ManifestFile(String path, String sha256, long size, String mediaType, String extractedFrom) {
    public boolean extracted() {
        return extractedFrom != null;
    }
}
