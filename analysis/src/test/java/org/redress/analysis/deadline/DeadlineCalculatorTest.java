package org.redress.analysis.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Deadlines counted by hand on a printed calendar; the comments show the count. */
class DeadlineCalculatorTest {

    private final DeadlineCalculator calc = DeadlineCalculator.builtIn();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static List<String> skipped(Deadline x) {
        return x.skipped().stream().map(h -> h.date() + " " + h.displayName()).toList();
    }

    @Test
    void foiaAcrossChristmasNewYearAndMlkDay() {
        // received Fri 2024-12-20: 23(1) 24(2) [25 Christmas] 26(3) 27(4) 30(5) 31(6) [1 Jan] 2(7) 3(8) 6(9)
        // 7(10) 8(11) 9(12) 10(13) 13(14) 14(15) 15(16) 16(17) 17(18) [20 MLK] 21(19) 22(20)
        Deadline x = calc.compute("us-foia", d("2024-12-20"), false, List.of());
        assertThat(x.due()).isEqualTo(d("2025-01-22"));
        assertThat(x.businessDays()).isEqualTo(20);
        assertThat(x.counting()).isEqualTo(CountingDays.BUSINESS);
        assertThat(x.version()).isEqualTo("2016-foia-improvement-act");
        assertThat(x.citation()).isEqualTo("5 U.S.C. § 552(a)(6)(A)(i)");
        assertThat(skipped(x))
                .containsExactly(
                        "2024-12-25 Christmas Day",
                        "2025-01-01 New Year's Day",
                        "2025-01-20 Birthday of Martin Luther King, Jr.");
        assertThat(x.missedDeadline().meaning()).isEqualTo("CONSTRUCTIVE_EXHAUSTION");
    }

    @Test
    void executiveClosuresAreAnOption() {
        // with the 2024-12-24 and 2025-01-09 closures two more days are skipped
        Deadline x = calc.compute("us-foia", d("2024-12-20"), false, List.of(), Set.of("executive-closures"));
        assertThat(x.due()).isEqualTo(d("2025-01-24"));
        assertThat(x.skipped()).hasSize(5);
    }

    @Test
    void foiaObservedHolidaysAtYearEndAndExtension() {
        // received Thu 2022-12-22: 23(1) [26 Christmas observed] 27(2) 28(3) 29(4) 30(5) [2 Jan observed]
        // 3(6) 4(7) 5(8) 6(9) 9(10) 10(11) 11(12) 12(13) 13(14) [16 MLK] 17(15) 18(16) 19(17) 20(18) 23(19) 24(20)
        Deadline x = calc.compute("us-foia", d("2022-12-22"), false, List.of());
        assertThat(x.due()).isEqualTo(d("2023-01-24"));
        assertThat(skipped(x))
                .containsExactly(
                        "2022-12-26 Christmas Day (observed)",
                        "2023-01-02 New Year's Day (observed)",
                        "2023-01-16 Birthday of Martin Luther King, Jr.");
        // +10 working days: 25 26 27 30 31 1 2 3 6 7
        Deadline ext = calc.compute("us-foia", d("2022-12-22"), true, List.of());
        assertThat(ext.due()).isEqualTo(d("2023-02-07"));
        assertThat(ext.businessDays()).isEqualTo(30);
        assertThat(ext.kind()).isEqualTo(DeadlineKind.EXTENDED_RESPONSE);
        assertThat(ext.citation()).isEqualTo("5 U.S.C. § 552(a)(6)(B)(i)");
    }

    @Test
    void juneteenthFirstObservedFriday2021() {
        // received Tue 2021-06-01; Fri 2021-06-18 is skipped; 20th working day is Wed 2021-06-30
        Deadline x = calc.compute("us-foia", d("2021-06-01"), false, List.of());
        assertThat(x.due()).isEqualTo(d("2021-06-30"));
        assertThat(skipped(x)).containsExactly("2021-06-18 Juneteenth National Independence Day (observed)");
        // a year earlier June 19 was no holiday
        assertThat(calc.compute("us-foia", d("2020-06-01"), false, List.of()).skipped())
                .isEmpty();
    }

    @Test
    void tollingStopsTheClock() {
        // received Wed 2023-03-01, untolled due Wed 2023-03-29; tolled Mon 6 to Fri 10 March: five days later
        assertThat(calc.compute("us-foia", d("2023-03-01"), false, List.of()).due())
                .isEqualTo(d("2023-03-29"));
        Deadline x = calc.compute("us-foia", d("2023-03-01"), false, List.of(Tolling.parse("2023-03-06:2023-03-10")));
        assertThat(x.due()).isEqualTo(d("2023-04-05"));
        assertThat(x.tolledDays()).isEqualTo(5);
        assertThat(x.businessDays()).isEqualTo(20);
    }

    @Test
    void foiaVersionChangesIn2016() {
        // before the FOIA Improvement Act no statutory appeal window exists
        assertThatThrownBy(() -> calc.appealWindowCloses("us-foia", d("2016-06-30"), d("2016-08-01"), null, Set.of()))
                .isInstanceOf(DeadlineInputException.class)
                .hasMessageContaining("sets no time limit to appeal");
        // after: not less than 90 days after the determination, calendar days: Aug 1 + 90 = Oct 30
        Deadline w = calc.appealWindowCloses("us-foia", d("2016-07-01"), d("2016-08-01"), null, Set.of());
        assertThat(w.due()).isEqualTo(d("2016-10-30"));
        assertThat(w.citation()).isEqualTo("5 U.S.C. § 552(a)(6)(A)(i)(III)(aa)");
        // before E-FOIA the initial period was 10 working days
        Deadline old = calc.compute("us-foia", d("1996-03-01"), false, List.of());
        assertThat(old.version()).isEqualTo("1974-amendments");
        assertThat(old.due()).isEqualTo(d("1996-03-15"));
    }

    @Test
    void dhsAppealWindowIs90WorkingDays() {
        // independent count over 2024's federal holidays (MLK Jan 15, Presidents' Feb 19 in range)
        Deadline w = calc.appealWindowCloses("us-foia", d("2023-12-01"), d("2024-01-02"), "DHS", Set.of());
        assertThat(w.due()).isEqualTo(d("2024-05-09"));
        assertThat(w.citation()).isEqualTo("6 C.F.R. § 5.8(a)(1)");
        assertThat(calc.appealWindowCloses("us-foia", d("2023-12-01"), d("2024-01-02"), "DOJ", Set.of())
                        .due())
                .isEqualTo(d("2024-04-01")); // no DOJ rule in the data: the statutory 90 calendar days
    }

    @Test
    void foiaAppealDecisionAndExpedited() {
        // appeal received Mon 2025-06-16: 17 18 [19 Juneteenth] 20 23 24 25 26 27 30 1 2 [3? no: 4 July] ...
        Deadline a = calc.appealDecisionDue("us-foia", d("2025-05-01"), d("2025-06-16"), List.of(), Set.of());
        // 17(1) 18(2) 20(3) 23(4) 24(5) 25(6) 26(7) 27(8) 30(9) 1(10) 2(11) 3(12) [4 Independence] 7(13) 8(14)
        // 9(15) 10(16) 11(17) 14(18) 15(19) 16(20)
        assertThat(a.due()).isEqualTo(d("2025-07-16"));
        assertThat(a.kind()).isEqualTo(DeadlineKind.APPEAL_DECISION);
        assertThat(calc.expeditedDecision("us-foia", d("2025-05-01"), Set.of()).due())
                .isEqualTo(d("2025-05-11"));
    }

    @Test
    void inaugurationDayOnlyWithTheOption() {
        HolidayCalendar plain = calc.library().requireCalendar("us-federal");
        HolidayCalendar dc = plain.withOptions(Set.of("inauguration-dc"));
        assertThat(plain.holidayOn(d("2009-01-20"))).isEmpty();
        assertThat(dc.holidayOn(d("2009-01-20")))
                .get()
                .extracting(Holiday::name)
                .isEqualTo("Inauguration Day");
        assertThat(dc.holidayOn(d("2017-01-20"))).isPresent();
        assertThat(dc.holidayOn(d("2021-01-20"))).isPresent();
        assertThat(dc.holidayOn(d("2022-01-20"))).isEmpty();
        // 2013-01-20 was a Sunday: moved to Monday the 21st (also MLK Day)
        assertThat(dc.holidaysBetween(d("2013-01-21"), d("2013-01-21")))
                .extracting(Holiday::displayName)
                .contains("Inauguration Day (observed)");
        // 2029-01-20 is a Saturday: no substitute day under 5 U.S.C. 6103(c)
        assertThat(dc.holidayOn(d("2029-01-19"))).isEmpty();
        // FOIA from Fri 2009-01-16: the DC-area count skips MLK Day and Inauguration Day
        Deadline x = calc.compute("us-foia", d("2009-01-16"), false, List.of(), Set.of("inauguration-dc"));
        Deadline y = calc.compute("us-foia", d("2009-01-16"), false, List.of());
        assertThat(x.due()).isEqualTo(y.due().plusDays(1));
        assertThatThrownBy(() -> plain.withOptions(Set.of("nope"))).isInstanceOf(DeadlineInputException.class);
    }

    @Test
    void vermontTownMeetingDayAndBenningtonObserved() {
        // received Fri 2024-03-01: Mon 4(1) [Tue 5 Town Meeting Day] Wed 6(2) Thu 7(3)
        Deadline x = calc.compute("us-vt", d("2024-03-01"), false, List.of());
        assertThat(x.due()).isEqualTo(d("2024-03-07"));
        assertThat(skipped(x)).containsExactly("2024-03-05 Town Meeting Day");
        assertThat(x.citation()).isEqualTo("1 V.S.A. § 318(a)(1)");
        // received on a Saturday: day 1 is Monday
        assertThat(calc.compute("us-vt", d("2024-03-02"), false, List.of()).due())
                .isEqualTo(d("2024-03-07"));
        // 2025-08-16 is a Saturday, observed Fri 15th: Wed 13 -> Thu 14(1) [15] Mon 18(2) Tue 19(3)
        Deadline b = calc.compute("us-vt", d("2025-08-13"), false, List.of());
        assertThat(b.due()).isEqualTo(d("2025-08-19"));
        assertThat(skipped(b)).containsExactly("2025-08-15 Bennington Battle Day (observed)");
        // extension: 3 + 10 business days
        assertThat(calc.compute("us-vt", d("2024-03-01"), true, List.of()).due())
                .isEqualTo(d("2024-03-21"));
        // appeal to the agency head, received Mon 2024-12-23: 24(1) [25] 26(2) 27(3) 30(4) 31(5)
        assertThat(calc.appealDecisionDue("us-vt", d("2024-12-01"), d("2024-12-23"), List.of(), Set.of())
                        .due())
                .isEqualTo(d("2024-12-31"));
        assertThat(x.missedDeadline().meaning()).isEqualTo("DEEMED_DENIED");
    }

    @Test
    void californiaRecodificationIsAVersionChange() {
        // received 2022-12-28: +10 calendar days = Sat 2023-01-07, moved to Mon 2023-01-09
        Deadline before = calc.compute("us-ca", d("2022-12-28"), false, List.of());
        assertThat(before.version()).isEqualTo("gov-code-6253");
        assertThat(before.citation()).isEqualTo("Cal. Gov. Code § 6253(c)");
        assertThat(before.due()).isEqualTo(d("2023-01-09"));
        assertThat(before.counting()).isEqualTo(CountingDays.CALENDAR);
        Deadline after = calc.compute("us-ca", d("2023-01-03"), false, List.of());
        assertThat(after.version()).isEqualTo("gov-code-7922.535");
        assertThat(after.lawCitation()).isEqualTo("Cal. Gov. Code § 7922.535");
        assertThat(after.due()).isEqualTo(d("2023-01-13"));
        // 14-day extension: 24 calendar days, Fri 2023-01-27
        assertThat(calc.compute("us-ca", d("2023-01-03"), true, List.of()).due())
                .isEqualTo(d("2023-01-27"));
        // a last day on Christmas moves to the next day
        Deadline xmas = calc.compute("us-ca", d("2024-12-15"), false, List.of());
        assertThat(xmas.due()).isEqualTo(d("2024-12-26"));
        assertThat(skipped(xmas)).containsExactly("2024-12-25 Christmas Day");
    }

    @Test
    void otherStates() {
        // New York: Fri 2024-11-01: Mon 4(1) [Tue 5 Election Day] 6(2) 7(3) 8(4) [Mon 11 Veterans Day] 12(5)
        assertThat(calc.compute("us-ny", d("2024-11-01"), false, List.of()).due())
                .isEqualTo(d("2024-11-12"));
        // NY appeal: 30 days from Fri 2024-11-01 is Sun Dec 1, moved to Mon Dec 2
        assertThat(calc.appealWindowCloses("us-ny", d("2024-10-01"), d("2024-11-01"), null, Set.of())
                        .due())
                .isEqualTo(d("2024-12-02"));
        // Washington: Wed 2024-11-27: [Thu 28 Thanksgiving, Fri 29 Native American Heritage Day] 2 3 4 5 6
        Deadline wa = calc.compute("us-wa", d("2024-11-27"), false, List.of());
        assertThat(wa.due()).isEqualTo(d("2024-12-06"));
        assertThat(wa.skipped()).hasSize(2);
        assertThatThrownBy(() -> calc.compute("us-wa", d("2024-11-27"), true, List.of()))
                .isInstanceOf(DeadlineInputException.class)
                .hasMessageContaining("sets no extension");
        // Colorado: Fri 2024-10-04: [Mon 7 Cabrini Day] 8 9 10; +7 working days: 11 14 15 16 17 18 21
        assertThat(calc.compute("us-co", d("2024-10-04"), false, List.of()).due())
                .isEqualTo(d("2024-10-10"));
        assertThat(calc.compute("us-co", d("2024-10-04"), true, List.of()).due())
                .isEqualTo(d("2024-10-21"));
    }

    @Test
    void userErrors() {
        assertThatThrownBy(() -> calc.compute("us-xx", d("2024-01-01"), false, List.of()))
                .isInstanceOf(DeadlineInputException.class)
                .hasMessageContaining("unknown law 'us-xx'");
        assertThatThrownBy(() -> calc.compute("us-vt", d("2010-01-04"), false, List.of()))
                .isInstanceOf(DeadlineInputException.class)
                .hasMessageContaining("no version of law us-vt");
        assertThatThrownBy(() -> Tolling.parse("2024-01-01")).isInstanceOf(DeadlineInputException.class);
        assertThatThrownBy(() -> Tolling.parse("2024-01-05:2024-01-01")).isInstanceOf(DeadlineInputException.class);
    }

    @Test
    void allDeadlinesOfARequest() {
        List<Deadline> all =
                calc.all("us-foia", d("2024-12-20"), d("2025-01-15"), d("2025-02-03"), null, List.of(), Set.of());
        assertThat(all)
                .extracting(Deadline::kind)
                .containsExactly(
                        DeadlineKind.INITIAL_RESPONSE,
                        DeadlineKind.EXTENDED_RESPONSE,
                        DeadlineKind.EXPEDITED_DECISION,
                        DeadlineKind.APPEAL_WINDOW,
                        DeadlineKind.APPEAL_DECISION);
    }
}
