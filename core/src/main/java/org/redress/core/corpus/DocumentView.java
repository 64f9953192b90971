package org.redress.core.corpus;

import java.util.List;

/** Everything `show` and the document page present: metadata, provenance, children and pages. */
public record DocumentView(Document document, List<Provenance> provenance, List<Child> children, List<Page> pages) {

    /** One place the document was found, with its source and full path. */
    public record Provenance(String source, java.time.LocalDate received, String path, String parentId) {}

    /** An attachment or archive member of this document. */
    public record Child(String documentId, String name) {}
}
