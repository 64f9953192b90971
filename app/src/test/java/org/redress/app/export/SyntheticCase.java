package org.redress.app.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.redress.app.wiring.CaseServices;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;
import org.redress.core.search.IndexedDocument;

/**
 * A large case made quickly through the case's own stores and index (no extraction): documents of one-line pages,
 * each with its original in the blob store. For tests that need more hits than a full ingest could make in time.
 */
public final class SyntheticCase {
    private SyntheticCase() {}

    /**
     * Adds {@code documents} text documents of {@code pagesEach} one-line pages to source {@code source}; document
     * {@code i} is found at {@code pathOf.apply(i)}. Returns the document ids in order.
     */
    public static List<String> fill(
            CaseServices c, String source, int documents, int pagesEach, IntFunction<String> pathOf)
            throws IOException {
        long sourceId = c.documents().source(source, null).id();
        Path work = Files.createTempDirectory("synthetic");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            StringBuilder text = new StringBuilder();
            List<String> lines = new ArrayList<>();
            for (int p = 1; p <= pagesEach; p++) {
                String line = "Record " + i + " page " + p + ": the surveillance van was parked outside the office.";
                lines.add(line);
                text.append(line).append('\f');
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            String id = Sha256.of(bytes);
            Path file = Files.write(work.resolve("f" + i), bytes);
            c.blobs().put(id, file);
            Files.delete(file);
            Document d = new Document(
                    id,
                    bytes.length,
                    "text/plain",
                    "Record " + i,
                    null,
                    Instant.parse("2017-01-01T00:00:00Z").plusSeconds(86_400L * (i % 365)),
                    null,
                    "eng",
                    null,
                    ExtractionStatus.DONE,
                    null,
                    null,
                    pagesEach);
            List<Page> pages = new ArrayList<>();
            for (int p = 0; p < pagesEach; p++) pages.add(new Page(id, p + 1, lines.get(p), false));
            c.documents().saveExtraction(d, pages);
            String path = pathOf.apply(i);
            c.documents().addLocation(new Location(id, sourceId, null, path));
            c.index().index(new IndexedDocument(d, pages, List.of(source), source + "/" + path));
            ids.add(id);
        }
        c.index().commit();
        Files.delete(work);
        return ids;
    }
}
