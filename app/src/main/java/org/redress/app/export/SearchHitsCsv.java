package org.redress.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.SearchIndex;
import org.redress.core.search.SearchHit;
import org.redress.core.search.SearchQuery;

/**
 * Every hit of a search as CSV, one row per page, in the search's order: the index is paged through, so there is no
 * ceiling on the number of rows and nothing is held in memory but one batch. The snippet is plain text (the words
 * the search matched are not marked: a spreadsheet cannot show it).
 */
public final class SearchHitsCsv {
    public static final List<String> HEADER =
            List.of("document_id", "path", "source", "page", "date", "title", "snippet");
    private static final int BATCH = 500;

    private SearchHitsCsv() {}

    /** Writes the CSV (UTF-8) and returns the number of hits written. */
    public static long write(SearchIndex index, DocumentStore store, SearchQuery query, OutputStream out)
            throws IOException {
        SourceNames sources = new SourceNames(store);
        long[] rows = {0};
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = SpreadsheetCsv.printer(w, HEADER);
        try {
            index.scan(query, BATCH, true, hits -> {
                for (SearchHit h : hits) {
                    try {
                        SpreadsheetCsv.row(
                                csv,
                                List.of(
                                        h.documentId(),
                                        text(h.path()),
                                        sources.of(h.documentId()),
                                        h.page(),
                                        h.date() == null ? "" : h.date().toString(),
                                        text(h.title()),
                                        h.snippet()
                                                .toPlain()
                                                .replaceAll("\\s+", " ")
                                                .strip()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    rows[0]++;
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
        return rows[0];
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** The names of the sources a document was found in, looked up once per document. */
    static final class SourceNames {
        private final DocumentStore store;
        private final Map<Long, String> names = new HashMap<>();
        private final Map<String, String> byDocument = new HashMap<>();

        SourceNames(DocumentStore store) {
            this.store = store;
            store.sources().forEach(s -> names.put(s.id(), s.name()));
        }

        String of(String documentId) {
            return byDocument.computeIfAbsent(
                    documentId,
                    id -> String.join(
                            "; ",
                            store.locations(id).stream()
                                    .map(l -> names.getOrDefault(l.sourceId(), ""))
                                    .distinct()
                                    .toList()));
        }
    }
}
