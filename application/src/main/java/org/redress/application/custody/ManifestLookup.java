package org.redress.application.custody;

import java.io.IOException;
import java.util.List;
import org.redress.core.NotFound;
import org.redress.core.UserMistake;
import org.redress.core.corpus.Source;
import org.redress.core.custody.StoredManifest;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.ManifestStore;
import org.redress.core.port.SigningKey;

/** Finds the manifest of a source for a declaration, and refuses one whose signature does not verify. */
public final class ManifestLookup {
    private final DocumentStore documents;
    private final ManifestStore manifests;
    private final SigningKey key;

    public ManifestLookup(DocumentStore documents, ManifestStore manifests, SigningKey key) {
        this.documents = documents;
        this.manifests = manifests;
        this.key = key;
    }

    /** The given version of the named source's manifest, or its latest when {@code version} is null. */
    public SignedManifest find(String sourceName, Integer version) throws IOException {
        List<Source> sources = documents.sources();
        Source source = sources.stream()
                .filter(s -> s.name().equals(sourceName))
                .findFirst()
                .orElseThrow(() -> new NotFound("the case has no source named \"" + sourceName + "\"; it has: "
                        + String.join(
                                ", ",
                                sources.stream()
                                        .map(s -> "\"" + s.name() + "\"")
                                        .toList())));
        List<StoredManifest> history = manifests.of(source.id());
        if (history.isEmpty())
            throw new NotFound("source \"" + sourceName + "\" has no manifest yet; run its ingest again to record one");
        StoredManifest m = version == null
                ? history.get(history.size() - 1)
                : history.stream()
                        .filter(h -> h.version() == version)
                        .findFirst()
                        .orElseThrow(() -> new NotFound("source \"" + sourceName + "\" has manifest versions 1 to "
                                + history.get(history.size() - 1).version() + ", not " + version));
        if (m.signature() == null || !key.verifies(m.json(), m.signature()))
            throw new UserMistake(m.name() + " does not verify with the case's key, so it cannot back a declaration;"
                    + " run: redress verify");
        return new SignedManifest(
                ManifestJson.parse(m.json()), m.name(), m.json(), m.signature(), key.publicKey(), key.fingerprint());
    }
}
