package org.redress.core.casemodel;

/**
 * A photo or recording a witness attached: stored as an original of the "witness" source, so {@code documentId} is
 * its SHA-256 like any production's; {@code fileName} is the name it was sent with, made safe.
 */
public record WitnessAttachment(String documentId, String fileName, long size) {
    public WitnessAttachment {
        if (documentId == null || !org.redress.core.corpus.Sha256.isHex(documentId))
            throw new CaseModelException("an attachment needs the SHA-256 of its original");
        fileName = fileName == null || fileName.isBlank() ? "attachment" : fileName;
    }
}
