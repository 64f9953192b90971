package org.redress.core.port;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Originals, stored once by their SHA-256 and never modified. Everything else in a case
 * can be rebuilt from them.
 */
public interface BlobStore {

    boolean contains(String sha256);

    /** Stores the file's bytes under the digest given, atomically; a no-op if already present. */
    void put(String sha256, Path file) throws IOException;

    InputStream open(String sha256) throws IOException;

    long size(String sha256) throws IOException;
}
