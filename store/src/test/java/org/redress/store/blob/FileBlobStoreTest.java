package org.redress.store.blob;

import java.io.IOException;
import java.nio.file.Path;
import org.redress.core.port.BlobStore;
import org.redress.store.BlobStoreContract;

class FileBlobStoreTest extends BlobStoreContract {
    @Override
    protected BlobStore open(Path root) throws IOException {
        return new FileBlobStore(root);
    }
}
