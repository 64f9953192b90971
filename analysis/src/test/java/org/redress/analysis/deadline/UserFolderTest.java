package org.redress.analysis.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users add or correct laws and calendars with JSON files, without code. */
class UserFolderTest {

    @TempDir
    Path dir;

    @Test
    void userLawReplacesBuiltInAndUsesAUserCalendar() throws IOException {
        Files.createDirectories(dir.resolve("laws"));
        Files.createDirectories(dir.resolve("calendars"));
        Files.writeString(dir.resolve("calendars/my-town.json"), """
                {"id": "my-town", "name": "Town offices", "citation": "town charter",
                 "holidays": [{"name": "Founders' Day", "statute": "Charter § 1", "kind": "LAST_WEEKDAY",
                               "month": 2, "weekday": "FRIDAY", "fromYear": 2000}]}
                """);
        Files.writeString(dir.resolve("laws/us-vt.json"), """
                {"id": "us-vt", "jurisdiction": "Vermont", "name": "corrected",
                 "versions": [
                   {"version": "pre-2011", "inForceTo": "2011-06-30", "citation": "1 V.S.A. § 318 (old)",
                    "calendar": "us-vt", "initialResponse": {"days": 2, "counting": "BUSINESS", "citation": "old (a)(2)"}},
                   {"version": "town", "inForceFrom": "2011-07-01", "citation": "1 V.S.A. § 318",
                    "calendar": "my-town", "initialResponse": {"days": 3, "counting": "BUSINESS", "citation": "§ 318(a)(1)"}}
                 ]}
                """);
        DeadlineCalculator calc = new DeadlineCalculator(LawLibrary.load(dir));
        assertThat(calc.compute("us-vt", LocalDate.parse("2010-01-04"), false, List.of())
                        .due())
                .isEqualTo(LocalDate.parse("2010-01-06"));
        Deadline x = calc.compute("us-vt", LocalDate.parse("2024-02-21"), false, List.of());
        // received Wed 2024-02-21; Founders' Day is the last Friday of February: Thu 22(1) [Fri 23] Mon 26(2) Tue 27(3)
        assertThat(x.due()).isEqualTo(LocalDate.parse("2024-02-27"));
        assertThat(x.calendar()).isEqualTo("my-town");
        // the built-in laws stay available
        assertThat(calc.library().law("us-foia")).isPresent();
    }

    @Test
    void typoInUserDataIsAnErrorNamingTheFile() throws IOException {
        Files.createDirectories(dir.resolve("laws"));
        Files.writeString(dir.resolve("laws/bad.json"), """
                {"id": "x", "versions": [{"version": "1", "calendar": "us-vt", "intialResponse": {}}]}
                """);
        assertThatThrownBy(() -> LawLibrary.load(dir))
                .isInstanceOf(DeadlineInputException.class)
                .hasMessageContaining("bad.json")
                .hasMessageContaining("initialResponse");
        // a misspelt optional field is not silently ignored either
        Files.writeString(dir.resolve("laws/bad.json"), """
                {"id": "x", "versions": [{"version": "1", "calendar": "us-vt",
                  "initialResponse": {"days": 3, "counting": "BUSINESS"}, "exension": {}}]}
                """);
        assertThatThrownBy(() -> LawLibrary.load(dir))
                .isInstanceOf(DeadlineInputException.class)
                .hasMessageContaining("bad.json")
                .hasMessageContaining("exension");
    }
}
