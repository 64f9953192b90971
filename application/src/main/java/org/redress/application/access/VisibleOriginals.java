package org.redress.application.access;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.redress.core.NotFound;
import org.redress.core.port.BlobStore;

/** The originals as the acting role may see them: a hidden document's bytes are not there, as an unknown id's. */
final class VisibleOriginals implements BlobStore {
    private final BlobStore blobs;
    private final Visibility visibility;

    VisibleOriginals(BlobStore blobs, Visibility visibility) {
        this.blobs = blobs;
        this.visibility = visibility;
    }

    @Override
    public boolean contains(String sha256) {
        return blobs.contains(sha256);
    }

    @Override
    public void put(String sha256, Path file) throws IOException {
        blobs.put(sha256, file);
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        refuseHidden(sha256);
        return blobs.open(sha256);
    }

    @Override
    public long size(String sha256) throws IOException {
        refuseHidden(sha256);
        return blobs.size(sha256);
    }

    private void refuseHidden(String sha256) {
        if (visibility.hides(sha256)) throw new NotFound("There is no document '" + sha256 + "' in this case.");
    }
}
