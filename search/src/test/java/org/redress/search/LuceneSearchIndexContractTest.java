package org.redress.search;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.port.SearchIndex;
import org.redress.core.search.PageSetFields;

/** The embedded Lucene index against the SearchIndex contract. */
class LuceneSearchIndexContractTest extends SearchIndexContract {
    @TempDir
    Path dir;

    @Override
    protected SearchIndex open(PageSetFields fields) {
        return new LuceneSearchIndex(dir, fields);
    }
}
