package org.redress.application.casemodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.redress.core.Count;

/**
 * Reads what a team brings, before any field is looked at: a CSV file row by row, each named by its line, or a JSON
 * array item by item, each named "item N". A file that cannot be read as a whole is refused here.
 */
final class ImportReader {
    private ImportReader() {}

    /** One CSV row under its (lower-cased, BOM-free) header. */
    record CsvRow(String where, List<String> header, CSVRecord record) {
        /** The cell under {@code column}, or null when the file has no such column. */
        String get(String column) {
            int i = header.indexOf(column);
            return i < 0 ? null : record.get(i);
        }
    }

    /** One object of a JSON array. */
    record JsonItem(String where, JsonNode node) {}

    static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** The items of a JSON file, which must hold an array. */
    static List<JsonItem> jsonFile(Path file) throws IOException {
        JsonNode root;
        try {
            root = JsonTrees.MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ImportException(
                    file.toString(),
                    List.of("line " + e.getLocation().getLineNr() + ": not valid JSON (" + e.getOriginalMessage()
                            + ")"));
        }
        if (root == null || !root.isArray()) {
            throw new ImportException(file.toString(), List.of("the file must hold a JSON array of objects"));
        }
        return items(root);
    }

    /** The items of a JSON body (the API's, or a form's), which must be an array. */
    static List<JsonItem> jsonBody(JsonNode root, String label) {
        if (root == null || !root.isArray())
            throw new ImportException(label, List.of("the body must be a JSON array of objects"));
        return items(root);
    }

    private static List<JsonItem> items(JsonNode root) {
        List<JsonItem> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root) {
            i++;
            out.add(new JsonItem("item " + i, n));
        }
        return out;
    }

    /**
     * Hands every well-formed row of a CSV file to {@code row}; a missing required column, a row of the wrong width or
     * a row that cannot be parsed is a problem instead.
     */
    static void csv(Path file, List<String> required, ImportProblems problems, Consumer<CsvRow> row)
            throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(in, format)) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
                    .toList();
            for (String r : required) {
                if (!header.contains(r))
                    problems.add(
                            "line 1: the header has no column '" + r + "' (it has " + String.join(",", header) + ")");
            }
            if (problems.any()) return;
            long line = parser.getCurrentLineNumber() + 1;
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord r;
                try {
                    if (!it.hasNext()) break;
                    r = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.add("line " + line + ": the row cannot be read as CSV (" + rootMessage(e) + ")");
                    return;
                }
                String where = "line " + line;
                if (r.size() != header.size()) {
                    problems.add(where + ": the row has " + Count.of(r.size(), "field", "fields")
                            + " but the header has " + header.size());
                } else {
                    row.accept(new CsvRow(where, header, r));
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        }
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) e = e.getCause();
        return e.getMessage();
    }
}
