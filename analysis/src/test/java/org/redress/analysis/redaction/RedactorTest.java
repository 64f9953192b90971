package org.redress.analysis.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {
    private final Redactor r = Redactor.standard();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "A123456789",
                "A12345678",
                "A-123-456-789",
                "A 123 456 789",
                "A#123456789",
                "A# 123-456-789",
                "A-12-345-678",
                "A-123456789"
            })
    void alienRegistrationNumbers(String aNumber) {
        assertThat(r.redact("Subject " + aNumber + " was encountered at the DMV."))
                .isEqualTo("Subject [redacted: A-number] was encountered at the DMV.");
    }

    @Test
    void aNumbersAfterALabelAndInsideSentences() {
        assertThat(r.redact("A-Number: 098765432; alien registration no. 12-345-678"))
                .isEqualTo("A-Number: [redacted: A-number]; alien registration no. [redacted: A-number]");
        assertThat(r.redact("ICE lodged a detainer (A204-117-339) on 2017-03-17."))
                .isEqualTo("ICE lodged a detainer ([redacted: A-number]) on 2017-03-17.");
    }

    @Test
    void socialSecurityNumbers() {
        assertThat(r.redact("SSN 123-45-6789, spouse's 078-05-1120"))
                .isEqualTo("SSN [redacted: SSN], spouse's [redacted: SSN]");
        assertThat(r.redact("Social Security No. 123456789.")).isEqualTo("Social Security No. [redacted: SSN].");
    }

    @Test
    void birthDatesAfterTheirLabelInEnglishAndSpanish() {
        assertThat(r.redact("Name: E. Balcazar DOB: 03/14/1985 POB: Mexico"))
                .isEqualTo("Name: E. Balcazar DOB: [redacted: date of birth] POB: Mexico");
        assertThat(r.redact("date of birth March 14, 1985; D.O.B. 1985-03-14"))
                .isEqualTo("date of birth [redacted: date of birth]; D.O.B. [redacted: date of birth]");
        assertThat(r.redact("Fecha de nacimiento: 14 de marzo de 1985."))
                .isEqualTo("Fecha de nacimiento: [redacted: date of birth].");
    }

    @Test
    void phoneNumbers() {
        assertThat(r.redact("Call (802) 555-0142 or 802-555-0199, cell +1 802.555.0100."))
                .isEqualTo("Call [redacted: phone] or [redacted: phone], cell [redacted: phone].");
        assertThat(r.redact("Su familia: +52 55 1234 5678")).isEqualTo("Su familia: [redacted: phone]");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "8025550142",
                "(802) 555-0142",
                "+1 802 555 0142",
                "802.555.0142",
                "802-555-0142",
                "1-802-555-0142",
                "+18025550142",
                "(802)555-0142"
            })
    void phoneNumbersHoweverTheyAreWritten(String phone) {
        assertThat(r.redact("Cell " + phone + ", after 6 pm.")).isEqualTo("Cell [redacted: phone], after 6 pm.");
    }

    @Test
    void phoneNumbersBesideDatesAndOtherNumbers() {
        assertThat(r.redact("Called 06/08/2017 8025550142 twice"))
                .isEqualTo("Called 06/08/2017 [redacted: phone] twice");
        assertThat(r.redact("On 2017-03-17 (802) 555-0142 rang")).isEqualTo("On 2017-03-17 [redacted: phone] rang");
        assertThat(r.redact("A123456789 tel 8025550142")).isEqualTo("[redacted: A-number] tel [redacted: phone]");
        assertThat(r.redact("ICE-2018-000123: call 802.555.0142")).isEqualTo("ICE-2018-000123: call [redacted: phone]");
        assertThat(r.redact("Case worker's cell: 8025550142")).isEqualTo("Case worker's cell: [redacted: phone]");
        assertThat(r.redact("Case No. (802) 555-0142"))
                .as("a grouped number after a case label is still a phone")
                .isEqualTo("Case No. [redacted: phone]");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "A123456789",
                "A12345678",
                "ICE-2018-000123",
                "ICE-2018000123",
                "DHS-ICE-000123",
                "2017-03-17",
                "03/15/2018",
                "2017-03-17T07:30",
                "20170317",
                "Case No. 2024000123",
                "Receipt number: 2024000123",
                "Docket #2024000123",
                "5 U.S.C. 552(b)(7)(C)",
                "05401-1234"
            })
    void thePhoneFinderTakesNoOtherNumberForAPhone(String text) {
        assertThat(PhoneNumbers.find(text)).isEmpty();
        assertThat(PhoneNumbers.find("Seen " + text + " today.")).isEmpty();
    }

    @Test
    void streetAddresses() {
        assertThat(r.redact("Residence: 1234 Main St, Burlington, VT 05401"))
                .isEqualTo("Residence: [redacted: address], Burlington, VT 05401");
        assertThat(r.redact("seen at 55 N. Winooski Ave. Apt 4B yesterday"))
                .isEqualTo("seen at [redacted: address] yesterday");
        assertThat(r.redact("moved to 200 West 3rd Street #12 in May"))
                .isEqualTo("moved to [redacted: address] in May");
        assertThat(r.redact("the farm at 18 Old Stage Road and 7 Pine Ln"))
                .isEqualTo("the farm at [redacted: address] and [redacted: address]");
        assertThat(r.redact("OCR: 1234 MAIN STREET")).isEqualTo("OCR: [redacted: address]");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "On 2017-03-17 agents arrested the leaders.",
                "Released under 5 U.S.C. 552(b)(7)(C) and 8 U.S.C. § 1357.",
                "Pages DHS-ICE-000123 to DHS-ICE-000456 were withheld in full.",
                "Bates ICE-2018-000001..ICE-2018-000040; production 2 of 3.",
                "In 2017 Main Street was closed for the march.",
                "The arrest on 14 March St. Albans police did not attend.",
                "Case 2:17-cv-00092, filed 03/15/2018, 1,234 pages, 20 business days.",
                "Tracking number 2024-HQFO-00077 received 2024-02-02.",
                "About 300 people marched; 12 were detained and 3 released.",
                "A 2017 memo and A 2018 memo.",
                "Meeting at 7 pm with Dr. Smith; 25 Drive-thru customers.",
                "Form I-213, Record of Deportable/Inadmissible Alien, page 14 of 2018 report.",
                "Bates ICE-2018-000123 through ICE-2018-000140 and ICE-2018000141.",
                "Case No. 2024000123 was filed; receipt number: 2024000124; docket #2024000125.",
                "Arrested 03/15/2018, released 2018-03-20, hearing 2018-04-02T09:30."
            })
    void leavesOtherNumbersAlone(String text) {
        assertThat(r.redact(text)).isEqualTo(text);
    }

    @Test
    void nullAndEmptyPassThrough() {
        assertThat(r.redact(null)).isNull();
        assertThat(r.redact("")).isEmpty();
    }
}
