package org.redress.application.custody;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redress.core.Count;
import org.redress.core.corpus.DisplayPaths;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Sha256;
import org.redress.core.corpus.Source;
import org.redress.core.custody.Manifest;
import org.redress.core.custody.ManifestFile;
import org.redress.core.custody.RequestRef;
import org.redress.core.custody.StoredManifest;
import org.redress.core.port.BlobStore;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.ManifestStore;
import org.redress.core.port.RequestStore;
import org.redress.core.port.SigningKey;
import org.redress.core.requests.Production;

/**
 * Checks a case's custody: every original hashed again against the database, every manifest's signature, its place
 * in its source's history, and that what it lists is what the case holds.
 */
public final class CustodyCheck {
    private final DocumentStore documents;
    private final BlobStore blobs;
    private final ManifestStore manifests;
    private final SigningKey key;
    private final RequestStore requests;

    public CustodyCheck(DocumentStore documents, BlobStore blobs, ManifestStore manifests, SigningKey key) {
        this(documents, blobs, manifests, key, null);
    }

    /** The same, also checking that the manifest of each request's production names that request. */
    public CustodyCheck(
            DocumentStore documents, BlobStore blobs, ManifestStore manifests, SigningKey key, RequestStore requests) {
        this.documents = documents;
        this.blobs = blobs;
        this.manifests = manifests;
        this.key = key;
        this.requests = requests;
    }

    public CustodyReport run() throws IOException {
        List<CustodyProblem> problems = new ArrayList<>();
        Map<String, Long> sizes = new HashMap<>();
        List<Document> all = documents.documents();
        for (Document d : all) {
            sizes.put(d.id(), d.size());
            checkOriginal(d.id(), d.size(), problems);
        }
        List<StoredManifest> stored = manifests.all();
        Map<Long, Manifest> latestSigned = new HashMap<>();
        Map<Long, StoredManifest> before = new HashMap<>();
        Set<String> checkedOutsideDatabase = new HashSet<>();
        for (StoredManifest m : stored) {
            Manifest manifest = signed(m, problems);
            StoredManifest previous = before.put(m.sourceId(), m);
            if (manifest == null) continue;
            checkHistory(m, manifest, previous, problems);
            latestSigned.put(m.sourceId(), manifest);
            for (ManifestFile f : manifest.files()) {
                Long recorded = sizes.get(f.sha256());
                if (recorded == null) {
                    // Listed but gone from the database: the original itself must still be intact.
                    if (checkedOutsideDatabase.add(f.sha256())) checkOriginal(f.sha256(), f.size(), problems);
                } else if (recorded != f.size()) {
                    problems.add(new CustodyProblem(
                            CustodyProblem.MANIFEST_MISMATCH,
                            m.name(),
                            f.path() + " is listed with " + f.size() + " bytes; the case records " + recorded));
                }
            }
        }
        SourceContents contents = new SourceContents(documents);
        for (Source s : documents.sources()) {
            checkRecorded(s, latestSigned.get(s.id()), contents, problems);
            checkRequest(s, latestSigned.get(s.id()), problems);
        }
        return new CustodyReport(all.size(), stored.size(), problems);
    }

    private void checkOriginal(String sha256, long size, List<CustodyProblem> problems) {
        if (!blobs.contains(sha256)) {
            problems.add(new CustodyProblem(
                    CustodyProblem.ORIGINAL_MISSING, sha256, "the original of " + where(sha256) + " is missing"));
            return;
        }
        try (InputStream in = blobs.open(sha256)) {
            String now = Sha256.of(in);
            long bytes = blobs.size(sha256);
            if (!now.equals(sha256)) {
                problems.add(new CustodyProblem(
                        CustodyProblem.ORIGINAL_ALTERED,
                        sha256,
                        "the original of " + where(sha256) + " has been changed: its bytes now hash to " + now));
            } else if (bytes != size) {
                problems.add(new CustodyProblem(
                        CustodyProblem.ORIGINAL_ALTERED,
                        sha256,
                        "the original of " + where(sha256) + " is " + bytes + " bytes; " + size + " were recorded"));
            }
        } catch (IOException e) {
            problems.add(new CustodyProblem(
                    CustodyProblem.ORIGINAL_MISSING,
                    sha256,
                    "the original of " + where(sha256) + " cannot be read: " + e.getMessage()));
        }
    }

    /** Where people know the original from: its first path, or its digest alone when the database lost it. */
    private String where(String sha256) {
        List<Location> found = documents.locations(sha256);
        return found.isEmpty() ? sha256 : "\"" + DisplayPaths.of(documents, found.get(0)) + "\"";
    }

    /** The manifest if its signature verifies and it reads as what its place says, else null with the problem. */
    private Manifest signed(StoredManifest m, List<CustodyProblem> problems) {
        if (m.signature() == null) {
            problems.add(
                    new CustodyProblem(CustodyProblem.MANIFEST_UNSIGNED, m.name(), "its signature file is missing"));
            return null;
        }
        if (!key.verifies(m.json(), m.signature())) {
            problems.add(new CustodyProblem(
                    CustodyProblem.MANIFEST_SIGNATURE_INVALID,
                    m.name(),
                    "its signature does not verify with the case's key " + key.fingerprint()
                            + ": the manifest or its signature has been changed"));
            return null;
        }
        Manifest manifest;
        try {
            manifest = ManifestJson.parse(m.json());
        } catch (IllegalArgumentException e) {
            problems.add(new CustodyProblem(CustodyProblem.MANIFEST_UNREADABLE, m.name(), e.getMessage()));
            return null;
        }
        if (manifest.sourceId() != m.sourceId() || manifest.version() != m.version()) {
            problems.add(new CustodyProblem(
                    CustodyProblem.MANIFEST_UNREADABLE,
                    m.name(),
                    "it is version " + manifest.version() + " of source " + manifest.sourceId()
                            + ", kept in the place of another"));
            return null;
        }
        return manifest;
    }

    private static void checkHistory(
            StoredManifest m, Manifest manifest, StoredManifest previous, List<CustodyProblem> problems) {
        int expected = previous == null ? 1 : previous.version() + 1;
        if (m.version() != expected) {
            problems.add(new CustodyProblem(
                    CustodyProblem.MANIFEST_HISTORY_BROKEN,
                    m.name(),
                    "version " + expected + " of this source is missing"));
        } else if (previous != null && !Sha256.of(previous.json()).equals(manifest.previous())) {
            problems.add(new CustodyProblem(
                    CustodyProblem.MANIFEST_HISTORY_BROKEN,
                    m.name(),
                    "it does not name the digest of version " + previous.version() + " as it now is"));
        }
    }

    /** A production's latest manifest names its request, the custody a declaration about the production cites. */
    private void checkRequest(Source s, Manifest latest, List<CustodyProblem> problems) {
        if (requests == null || latest == null) return;
        Optional<Production> production = requests.productionOfSource(s.id());
        if (production.isEmpty()) return;
        RequestRef named = latest.request();
        if (named != null && named.id() == production.get().requestId()) return;
        String request = requests.request(production.get().requestId())
                .map(r -> r.trackingNumber() != null ? r.trackingNumber() : "request " + r.id())
                .orElse("request " + production.get().requestId());
        problems.add(new CustodyProblem(
                CustodyProblem.MANIFEST_REQUEST_MISSING,
                s.name(),
                "it is production " + production.get().number() + " of " + request + ", but its latest manifest names "
                        + (named == null ? "no request" : "another (" + named.trackingNumber() + ")")
                        + "; run its ingest again with the same files (redress ingest --source \"" + s.name()
                        + "\"): nothing is read twice, and the next manifest names the request"));
    }

    private static void checkRecorded(
            Source s, Manifest latest, SourceContents contents, List<CustodyProblem> problems) {
        List<ManifestFile> held = contents.files(s);
        if (latest == null) {
            if (!held.isEmpty())
                problems.add(new CustodyProblem(
                        CustodyProblem.SOURCE_UNRECORDED,
                        s.name(),
                        "it has no signed manifest; run its ingest again to finish it and record one"));
            return;
        }
        Set<String> listed = new HashSet<>();
        for (ManifestFile f : latest.files()) listed.add(f.sha256() + " " + f.path());
        long unlisted = held.stream()
                .filter(f -> !listed.contains(f.sha256() + " " + f.path()))
                .count();
        if (unlisted > 0)
            problems.add(new CustodyProblem(
                    CustodyProblem.SOURCE_UNRECORDED,
                    s.name(),
                    Count.of(unlisted, "file", "files") + " of it " + Count.noun(unlisted, "is", "are")
                            + " in no signed manifest; run its ingest again to finish it and record "
                            + Count.noun(unlisted, "it", "them")));
    }
}
