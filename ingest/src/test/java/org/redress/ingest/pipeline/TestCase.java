package org.redress.ingest.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.redress.core.corpus.IngestSummary;
import org.redress.core.search.SearchQuery;
import org.redress.core.search.SearchResult;
import org.redress.ingest.extract.Extractor;
import org.redress.ingest.extract.TikaExtractor;
import org.redress.ingest.ocr.Pdftoppm;
import org.redress.ingest.ocr.Tesseract;
import org.redress.search.LuceneSearchIndex;
import org.redress.store.blob.FileBlobStore;
import org.redress.store.sqlite.SqliteDocumentStore;

/** A case on disk with the real adapters: SQLite store, file blobs, Lucene index. */
final class TestCase implements AutoCloseable {
    static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);
    final Path dir;
    final SqliteDocumentStore store;
    final FileBlobStore blobs;
    final LuceneSearchIndex index;

    TestCase(Path dir) throws IOException {
        this.dir = dir;
        java.nio.file.Files.createDirectories(dir);
        this.store = SqliteDocumentStore.open(dir.resolve("case.db"));
        this.blobs = new FileBlobStore(dir.resolve("blobs"));
        this.index = new LuceneSearchIndex(dir.resolve("index"));
    }

    IngestOptions options() {
        return IngestOptions.defaults(dir.resolve("work")).withThreads(1);
    }

    static Supplier<Extractor> inProcess() {
        return inProcess(Pdftoppm.find());
    }

    /** In this JVM, with or without pdftoppm. */
    static Supplier<Extractor> inProcess(Optional<Pdftoppm> pdftoppm) {
        Optional<Tesseract> tesseract = Tesseract.find();
        return () -> new TikaExtractor(tesseract, pdftoppm, () -> {});
    }

    static Supplier<Extractor> isolated(Duration timeout, int memoryMb) {
        return () -> new org.redress.ingest.worker.IsolatedExtractor(timeout, memoryMb);
    }

    IngestSummary ingest(IngestOptions options, Supplier<Extractor> extractors, Path... inputs) throws IOException {
        return new Ingest(store, blobs, index, extractors, options, IngestListener.NONE)
                .run(List.of(inputs), "production", RECEIVED);
    }

    IngestSummary ingest(Path... inputs) throws IOException {
        return ingest(options(), inProcess(), inputs);
    }

    SearchResult search(String text) {
        return index.search(SearchQuery.of(text, 20));
    }

    @Override
    public void close() {
        index.close();
        store.close();
    }
}
