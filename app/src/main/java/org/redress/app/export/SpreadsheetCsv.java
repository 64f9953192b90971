package org.redress.app.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Every CSV the application exports: RFC 4180 (commas, CRLF, quotes doubled) written by commons-csv, every cell
 * passed through {@link SpreadsheetCell}. Text cells are always quoted and numbers never: a spreadsheet that splits
 * on semicolons or tabs (its locale's list separator) then cannot cut a text cell in two and start the second half
 * with a formula, and numbers stay numbers.
 */
public final class SpreadsheetCsv {
    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.NON_NUMERIC).get();

    private SpreadsheetCsv() {}

    /** A printer for a CSV written as it goes (an export with no ceiling on its rows); each cell through {@link #row}. */
    public static CSVPrinter printer(Appendable out, List<String> header) throws IOException {
        CSVPrinter p = new CSVPrinter(out, FORMAT);
        row(p, header);
        return p;
    }

    public static void row(CSVPrinter p, List<?> cells) throws IOException {
        p.printRecord(cells.stream().map(SpreadsheetCell::of));
    }

    /** The header row, then one row per list of cells. */
    public static String write(List<String> header, Iterable<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(out, FORMAT)) {
            p.printRecord(header.stream().map(SpreadsheetCell::of));
            for (List<?> row : rows) p.printRecord(row.stream().map(SpreadsheetCell::of));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }
}
