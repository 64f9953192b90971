package org.redress.application.marks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redress.core.corpus.DisplayPaths;
import org.redress.core.corpus.Location;
import org.redress.core.port.DocumentStore;

/** The path a document is shown by (where it was first found), each looked up once. */
final class DocumentPaths {
    private final DocumentStore documents;
    private final Map<String, String> known = new HashMap<>();

    DocumentPaths(DocumentStore documents) {
        this.documents = documents;
    }

    String of(String id) {
        return known.computeIfAbsent(id, d -> {
            List<Location> l = documents.locations(d);
            return l.isEmpty() ? d : DisplayPaths.of(documents, l.get(0));
        });
    }
}
