package org.redress.application.reuse;

import java.util.ArrayList;
import java.util.List;
import org.redress.analysis.reuse.MarkChanges;
import org.redress.analysis.reuse.NearDuplicates;
import org.redress.core.corpus.DisplayPaths;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Page;
import org.redress.core.port.DocumentStore;

/**
 * Groups the case's documents whose text is mostly the same and says, version by version (in the order the case
 * received them), which exemption marks were added or removed. The group's own material (reference sources) is left
 * out: its copies in the records are what {@link ReuseService} finds.
 */
public final class NearDuplicateService {
    private final DocumentStore documents;
    private final java.util.function.Supplier<java.util.Set<String>> references;

    public NearDuplicateService(
            DocumentStore documents, java.util.function.Supplier<java.util.Set<String>> references) {
        this.documents = documents;
        this.references = references;
    }

    /** One version of a document: where it was found, its resemblance to the group's first, its marks. */
    public record Version(String documentId, String path, String source, double resemblance, List<String> marks) {}

    /** From one version to the next: the exemption marks added and removed. */
    public record Change(String fromDocumentId, String toDocumentId, List<String> added, List<String> removed) {}

    public record Group(List<Version> documents, List<Change> changes) {}

    public record Listing(List<Group> groups) {}

    public Listing groups() {
        NearDuplicates finder = new NearDuplicates();
        List<Document> added = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        // In the order first received, so that "added" and "removed" run from the earlier release to the later.
        List<Document> all = new ArrayList<>(documents.documents());
        all.sort(java.util.Comparator.comparingLong(this::firstSeen).thenComparing(Document::id));
        java.util.Set<String> ours = references.get();
        for (Document d : all) {
            if (ours.contains(d.id())) continue;
            String text = String.join(
                    "\n", documents.pages(d.id()).stream().map(Page::text).toList());
            if (finder.add(text) < 0) continue;
            added.add(d);
            texts.add(text);
        }
        List<Group> out = new ArrayList<>();
        for (NearDuplicates.Group g : finder.groups()) {
            List<Version> versions = new ArrayList<>();
            List<Change> changes = new ArrayList<>();
            List<String> previous = null;
            String previousId = null;
            for (int k = 0; k < g.members().size(); k++) {
                int n = g.members().get(k);
                Document d = added.get(n);
                List<String> marks = MarkChanges.in(texts.get(n));
                versions.add(new Version(
                        d.id(), path(d.id()), source(d.id()), g.resemblance().get(k), marks));
                if (previous != null) {
                    MarkChanges.Change c = MarkChanges.between(previous, marks);
                    changes.add(new Change(previousId, d.id(), c.added(), c.removed()));
                }
                previous = marks;
                previousId = d.id();
            }
            out.add(new Group(versions, changes));
        }
        return new Listing(out);
    }

    private long firstSeen(Document d) {
        return documents.locations(d.id()).stream()
                .mapToLong(Location::sourceId)
                .min()
                .orElse(Long.MAX_VALUE);
    }

    private String path(String id) {
        List<Location> at = documents.locations(id);
        return at.isEmpty() ? "" : DisplayPaths.of(documents, at.get(0));
    }

    private String source(String id) {
        List<Location> at = documents.locations(id);
        return at.isEmpty()
                ? ""
                : documents.sourceById(at.get(0).sourceId()).map(s -> s.name()).orElse("");
    }
}
