package org.redress.core.port;

import java.io.IOException;
import java.util.List;
import org.redress.core.custody.StoredManifest;

/** The case's custody manifests: written once per version, never changed or removed. */
public interface ManifestStore {

    /** Keeps a new version; refuses to replace one that exists. */
    void save(long sourceId, int version, byte[] json, byte[] signature) throws IOException;

    /** Every version of every source, ordered by source and version. */
    List<StoredManifest> all() throws IOException;

    /** The versions of one source, oldest first. */
    default List<StoredManifest> of(long sourceId) throws IOException {
        return all().stream().filter(m -> m.sourceId() == sourceId).toList();
    }
}
