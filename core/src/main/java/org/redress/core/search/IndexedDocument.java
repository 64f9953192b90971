package org.redress.core.search;

import java.util.List;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.Page;

/** What the search index needs of a document: its metadata, pages, and where it came from. */
public record IndexedDocument(Document document, List<Page> pages, List<String> sourceNames, String path) {
    public IndexedDocument {
        pages = List.copyOf(pages);
        sourceNames = List.copyOf(sourceNames);
    }
}
