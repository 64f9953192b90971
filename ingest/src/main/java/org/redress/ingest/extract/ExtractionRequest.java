package org.redress.ingest.extract;

import java.util.List;

/**
 * What the extractor is asked to do with one file: read its text and metadata, and save each
 * embedded item (attachment, archive member) as a file in {@code childDir} for the pipeline to
 * ingest in its turn.
 */
public record ExtractionRequest(
        String file,
        String name,
        List<String> passwords,
        boolean ocr,
        String childDir,
        long maxChildBytes,
        int maxTextChars) {

    public ExtractionRequest {
        passwords = passwords == null ? List.of() : List.copyOf(passwords);
    }

    /** Without the passwords or the file's name (either may reach a log line through an exception's message). */
    @Override
    public String toString() {
        return "ExtractionRequest[passwords=" + passwords.size() + " hidden, ocr=" + ocr + ", maxChildBytes="
                + maxChildBytes + ", maxTextChars=" + maxTextChars + "]";
    }
}
