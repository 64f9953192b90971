package org.redress.application.custody;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redress.core.corpus.DisplayPaths;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Source;
import org.redress.core.custody.ManifestFile;
import org.redress.core.custody.NotStored;
import org.redress.core.port.DocumentStore;

/** What the case's database says a source holds, in the terms of a manifest. */
final class SourceContents {
    private final DocumentStore documents;

    SourceContents(DocumentStore documents) {
        this.documents = documents;
    }

    /** Every original found in the source, members of its containers included, with its path inside the source. */
    List<ManifestFile> files(Source source) {
        List<Location> locations = documents.locationsOfSource(source.id());
        Map<String, Location> firstInSource = new HashMap<>();
        for (Location l : locations) firstInSource.putIfAbsent(l.documentId(), l);
        Set<ManifestFile> files = new LinkedHashSet<>();
        for (Location l : locations) {
            Optional<Document> d = documents.document(l.documentId());
            if (d.isEmpty()) continue; // a location is written after its document: this cannot happen in a finished run
            files.add(new ManifestFile(
                    path(l, firstInSource),
                    l.documentId(),
                    d.get().size(),
                    d.get().mediaType(),
                    l.parentId()));
        }
        return ManifestJson.sorted(List.copyOf(files));
    }

    /** The path through the containers of this same source (the parent's first place in it). */
    private String path(Location l, Map<String, Location> firstInSource) {
        StringBuilder path = new StringBuilder(l.path());
        Location current = l;
        for (int depth = 0; current.parentId() != null && depth < 32; depth++) {
            Location parent = firstInSource.get(current.parentId());
            if (parent == null) return DisplayPaths.of(documents, l);
            path.insert(0, parent.path() + DisplayPaths.SEPARATOR);
            current = parent;
        }
        return path.toString();
    }

    List<NotStored> notStored(Source source) {
        return documents.failures().stream()
                .filter(f -> f.sourceId() == source.id() && f.documentId() == null)
                .map(f -> new NotStored(f.path(), f.reason()))
                .toList();
    }
}
