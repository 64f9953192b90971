package org.redress.application.custody;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redress.core.corpus.Sha256;
import org.redress.core.corpus.Source;
import org.redress.core.custody.Manifest;
import org.redress.core.custody.RequestRef;
import org.redress.core.custody.StoredManifest;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.ManifestStore;
import org.redress.core.port.RequestStore;
import org.redress.core.port.SigningKey;

/**
 * Writes the signed manifest of a source as it stands after an ingest run. A run that changed nothing the
 * manifest lists writes nothing; one that did writes the next version, naming the digest of the one before.
 */
public final class CustodyRecorder {
    private final DocumentStore documents;
    private final RequestStore requests;
    private final ManifestStore manifests;
    private final SigningKey key;
    private final SourceContents contents;

    public CustodyRecorder(DocumentStore documents, RequestStore requests, ManifestStore manifests, SigningKey key) {
        this.documents = documents;
        this.requests = requests;
        this.manifests = manifests;
        this.key = key;
        this.contents = new SourceContents(documents);
    }

    /**
     * Records the source after a run from {@code started} to {@code finished} by {@code user}.
     *
     * @param answering the request a production run is for (its production is linked only after the run), or null
     *                  to take the request the source is already a production of, if any
     * @return the version written, or empty when the latest version already lists the same files
     */
    public Optional<StoredManifest> record(
            String sourceName, Instant started, Instant finished, String user, RequestRef answering)
            throws IOException {
        Source source = documents.sources().stream()
                .filter(s -> s.name().equals(sourceName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no source named " + sourceName + " after its ingest"));
        List<StoredManifest> history = manifests.of(source.id());
        StoredManifest latest = history.isEmpty() ? null : history.get(history.size() - 1);
        RequestRef request = answering != null ? answering : requestOf(source);
        Manifest manifest = new Manifest(
                latest == null ? 1 : latest.version() + 1,
                latest == null ? null : Sha256.of(latest.json()),
                source.id(),
                source.name(),
                source.received(),
                source.ingestedAt(),
                started,
                finished,
                user,
                request,
                contents.files(source),
                contents.notStored(source),
                key.fingerprint());
        if (latest != null && manifest.sameContents(readable(latest))) return Optional.empty();
        byte[] json = ManifestJson.canonical(manifest);
        byte[] signature = key.sign(json);
        manifests.save(source.id(), manifest.version(), json, signature);
        return Optional.of(new StoredManifest(source.id(), manifest.version(), null, json, signature));
    }

    private RequestRef requestOf(Source source) {
        return requests.productionOfSource(source.id())
                .flatMap(p -> requests.request(p.requestId()))
                .map(r -> new RequestRef(r.id(), r.trackingNumber(), r.agency()))
                .orElse(null);
    }

    private static Manifest readable(StoredManifest stored) {
        try {
            return ManifestJson.parse(stored.json());
        } catch (IllegalArgumentException damaged) {
            return null; // a damaged latest version is superseded by a new one; verify names the damage
        }
    }
}
