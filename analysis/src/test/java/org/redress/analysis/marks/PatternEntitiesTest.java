package org.redress.analysis.marks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PatternEntitiesTest {
    static List<String> values(String text, String kind) {
        return PatternEntities.find(text).stream()
                .filter(f -> f.kind().equals(kind))
                .map(Found::value)
                .toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Subject A123456789 encountered|A123456789",
                "Subject A# 123 456 789 encountered|A123456789",
                "A-Number: 123-456-789 (per EARM)|A123456789",
                "Subject A 12 345 678 encountered|A012345678",
                "alien registration no. 12-345-678|A012345678",
                "OCR read AO12345678 here|A012345678",
                "OCR read A2O4l17339 here|A204117339",
                "A-No. 2O4-ll7-339|A204117339"
            })
    void aNumbersInTheirWrittenFormsAndThroughOcr(String text, String value) {
        assertThat(values(text, "a-number")).containsExactly(value);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "A 2017 memo and A 2018 memo.",
                "Form A1234 was filed",
                "A IIIIIIIII scan artefact",
                "ICE-2018-000123 Bates",
                "A1234567890 is ten digits"
            })
    void thingsThatAreNotANumbers(String text) {
        assertThat(values(text, "a-number")).isEmpty();
    }

    @Test
    void socialSecurityNumbersAreFlaggedAsPersonalDataAndImpossibleOnesAreNot() {
        List<Found> found = PatternEntities.find("SSN 123-45-6789; SSN: 078 05 1120; 000-12-3456, 666-12-3456, "
                + "912-34-5678, 123-00-4567, 123-45-0000; Social Security No. 987654321");
        assertThat(found.stream().filter(f -> f.kind().equals("ssn")).map(Found::value))
                .containsExactly("123-45-6789", "078-05-1120");
        assertThat(found.stream().filter(f -> f.kind().equals("ssn")).map(Found::label))
                .containsOnly(PatternEntities.PERSONAL_DATA);
    }

    @Test
    void emailsAreNormalisedAndToleratedThroughOcrSpaces() {
        assertThat(values("From: J.Smith@ICE.DHS.GOV; cc jbalcazar @ migrantjustice.net.", "email"))
                .containsExactly("j.smith@ice.dhs.gov", "jbalcazar@migrantjustice.net");
        assertThat(values("meet @ 5pm; a..b@x.org; user@-bad.com; name@host", "email"))
                .isEmpty();
    }

    @Test
    void phonesAreE164() {
        assertThat(values("Cell (802) 555-0142, Mexico +52 55 1234 5678", "phone"))
                .containsExactly("+18025550142", "+525512345678");
    }

    @Test
    void platesOnlyWhereTheTextSaysSo() {
        assertThat(values("VT plate FGH 123 seen; tag #GDX-512; lic# 4ABC123; placa: ABC-1234", "plate"))
                .containsExactly("VT FGH123", "GDX512", "4ABC123", "ABC1234");
        assertThat(values("Vehicle registration TX: BX4 4471 stopped", "plate")).containsExactly("TX BX44471");
        assertThat(values("FGH 123 and ABC1234 with no word; the tag in 2017; plate 2017; tag along", "plate"))
                .isEmpty();
    }

    @Test
    void datesInEnglishAndSpanishAsIso() {
        assertThat(values(
                        "Sent: Friday, August 03, 2012 06:05 PM; on 03/16/2017, 3-17-17, 2017-03-18, 19 March 2017,"
                                + " el 20 de marzo de 2017, 25/12/2016",
                        "date"))
                .containsExactly(
                        "2012-08-03",
                        "2017-03-16",
                        "2017-03-17",
                        "2017-03-18",
                        "2017-03-19",
                        "2017-03-20",
                        "2016-12-25");
        assertThat(values("02/30/2017, 13/13/2017, Case 2:17-cv-00092, ICE-2018-000123, 802.555.0142", "date"))
                .isEmpty();
    }

    @Test
    void offsetsPointAtTheWords() {
        String text = "Call 802-555-0142 about A123456789.";
        for (Found f : PatternEntities.find(text)) {
            String words = text.substring(f.start(), f.end());
            assertThat(words).isIn("802-555-0142", "A123456789");
        }
        assertThat(PatternEntities.find(text)).hasSize(2);
        assertThat(PatternEntities.find(text).toString()).doesNotContain("555").doesNotContain("A123");
    }
}
