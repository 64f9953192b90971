package org.redress.search.crypto;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.tests.store.BaseDirectoryTestCase;

/**
 * Lucene's own standard test of a Directory (lucene-test-framework 9.12.3, JUnit 4 through the vintage engine):
 * reading, writing, seeking, cloning, slicing, random access, concurrency and the file-level operations, run against
 * the encrypting directory over a real FSDirectory with a random key.
 */
public class EncryptedDirectoryLuceneTest extends BaseDirectoryTestCase {
    @Override
    protected Directory getDirectory(Path path) throws IOException {
        byte[] key = new byte[32];
        random().nextBytes(key);
        return new EncryptedDirectory(FSDirectory.open(path), key);
    }
}
