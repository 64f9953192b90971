package org.redress.application.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.analysis.deadline.DeadlineCalculator;
import org.redress.core.requests.Request;
import org.redress.core.requests.RequestStatus;
import org.redress.core.requests.Tolled;

/**
 * Deadlines of requests with flags relative to a fixed "today". Every due date here was counted by
 * hand on a calendar (day of receipt = day 0; weekends and legal holidays skipped for business days).
 */
class RequestDeadlinesTest {
    static RequestDeadlines asOf(String today, int soonDays) {
        Clock clock = Clock.fixed(LocalDate.parse(today).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new RequestDeadlines(DeadlineCalculator.builtIn(), clock, soonDays);
    }

    /** FOIA request received Friday 2024-03-01: 20 working days are Mar 4–29 (no federal holiday), so due Friday 2024-03-29. */
    static Request foia() {
        return Request.draft("us-foia", "ICE", "DMV look-ups").toBuilder()
                .filed(LocalDate.of(2024, 2, 28))
                .received(LocalDate.of(2024, 3, 1))
                .status(RequestStatus.PROCESSING)
                .build();
    }

    static RequestDeadlines.Item item(RequestDeadlines.Schedule s, String kind) {
        return s.items().stream().filter(i -> i.kind().equals(kind)).findFirst().orElseThrow();
    }

    @Test
    void responseDueIsCountedInWorkingDaysFromTheDayAfterReceipt() {
        RequestDeadlines.Schedule s = asOf("2024-03-11", 5).compute(foia());
        RequestDeadlines.Item due = item(s, "response_due");
        assertThat(due.due()).isEqualTo(LocalDate.of(2024, 3, 29));
        assertThat(due.days()).isEqualTo(20);
        assertThat(due.citation()).contains("552(a)(6)(A)(i)");
        assertThat(due.applies()).isTrue();
        assertThat(due.overdue()).isFalse();
        assertThat(due.closingSoon()).isFalse();
        assertThat(due.daysLeft()).isEqualTo(18);
        // + one 10-working-day extension: Apr 1–5, Apr 8–12 → Friday 2024-04-12; listed but not binding until invoked
        RequestDeadlines.Item extended = item(s, "extended_due");
        assertThat(extended.due()).isEqualTo(LocalDate.of(2024, 4, 12));
        assertThat(extended.applies()).isFalse();
        assertThat(s.next()).get().extracting(RequestDeadlines.Item::kind).isEqualTo("response_due");
    }

    @Test
    void closingSoonWithinTheConfiguredDaysTodayIncluded() {
        // 2024-03-25 is 4 days before the 29th
        assertThat(asOf("2024-03-25", 5).compute(foia()).closingSoon()).isTrue();
        assertThat(asOf("2024-03-25", 3).compute(foia()).closingSoon()).isFalse();
        RequestDeadlines.Schedule dueToday = asOf("2024-03-29", 5).compute(foia());
        assertThat(dueToday.closingSoon()).isTrue();
        assertThat(dueToday.overdue()).isFalse();
        assertThat(item(dueToday, "response_due").daysLeft()).isZero();
    }

    @Test
    void overdueTheDayAfterTheDeadline() {
        RequestDeadlines.Schedule s = asOf("2024-03-30", 5).compute(foia());
        assertThat(s.overdue()).isTrue();
        assertThat(s.closingSoon()).isFalse();
        assertThat(item(s, "response_due").daysLeft()).isEqualTo(-1);
        assertThat(item(s, "response_due").ifMissed()).contains("exhausted");
    }

    @Test
    void anInvokedExtensionMovesTheBindingDeadline() {
        Request r = foia().toBuilder().extension(true).build();
        RequestDeadlines.Schedule s = asOf("2024-04-01", 5).compute(r);
        assertThat(s.overdue()).isFalse();
        assertThat(item(s, "response_due").applies()).isFalse();
        assertThat(s.next()).get().extracting(RequestDeadlines.Item::due).isEqualTo(LocalDate.of(2024, 4, 12));
        assertThat(asOf("2024-04-15", 5).compute(r).overdue()).isTrue();
    }

    @Test
    void tolledDaysStopTheClock() {
        // Mon 11 – Fri 15 March are 5 working days that do not count: due moves from Mar 29 to Fri Apr 5
        Request r = foia().toBuilder()
                .tolled(List.of(new Tolled(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 15))))
                .build();
        assertThat(item(asOf("2024-03-11", 5).compute(r), "response_due").due()).isEqualTo(LocalDate.of(2024, 4, 5));
    }

    @Test
    void aHolidayWeekendIsSkipped() {
        // Received Friday 2024-02-09; Monday 2024-02-19 is Washington's Birthday: Feb 12–16 (5), 20–23 (9), 26–Mar 1
        // (14),
        // Mar 4–8 (19), Mar 11 (20) → Monday 2024-03-11
        Request r = foia().toBuilder()
                .filed(LocalDate.of(2024, 2, 9))
                .received(LocalDate.of(2024, 2, 9))
                .build();
        assertThat(item(asOf("2024-02-12", 5).compute(r), "response_due").due()).isEqualTo(LocalDate.of(2024, 3, 11));
    }

    @Test
    void vermontCountsItsOwnHolidays() {
        // Received Tuesday 2024-08-13; Friday Aug 16 is Bennington Battle Day: Wed 14 (1), Thu 15 (2), Mon 19 (3)
        Request r = Request.draft("us-vt", "Vermont DMV", "Emails with ICE").toBuilder()
                .received(LocalDate.of(2024, 8, 13))
                .status(RequestStatus.FILED)
                .build();
        RequestDeadlines.Schedule s = asOf("2024-08-16", 5).compute(r);
        assertThat(item(s, "response_due").due()).isEqualTo(LocalDate.of(2024, 8, 19));
        assertThat(s.closingSoon()).isTrue();
    }

    @Test
    void afterADenialTheAppealWindowBindsAndTheResponseNoLonger() {
        // Determination Wednesday 2024-03-20; FOIA since 2016: at least 90 days to appeal → 2024-06-18 (Tuesday)
        Request r = foia().toBuilder()
                .status(RequestStatus.DENIED)
                .determined(LocalDate.of(2024, 3, 20))
                .build();
        RequestDeadlines.Schedule s = asOf("2024-06-14", 5).compute(r);
        RequestDeadlines.Item window = item(s, "appeal_window_closes");
        assertThat(window.due()).isEqualTo(LocalDate.of(2024, 6, 18));
        assertThat(window.closingSoon()).isTrue();
        assertThat(item(s, "response_due").overdue()).isFalse();
        assertThat(s.overdue()).isFalse();
        assertThat(asOf("2024-06-19", 5).compute(r).overdue()).isTrue();
        // once the appeal is filed, the window no longer matters; the appeal decision does
        Request appealed = r.toBuilder()
                .status(RequestStatus.APPEALED)
                .appealed(LocalDate.of(2024, 6, 3))
                .build();
        RequestDeadlines.Schedule a = asOf("2024-06-19", 5).compute(appealed);
        assertThat(item(a, "appeal_window_closes").overdue()).isFalse();
        // appeal received Monday 2024-06-03: 20 working days skip Juneteenth (Wed 6/19) → Jun 4–7 (4), 10–14 (9),
        // 17–18, 20–21 (13), 24–28 (18), Jul 1–2 (20) → Tuesday 2024-07-02
        assertThat(item(a, "appeal_decision_due").due()).isEqualTo(LocalDate.of(2024, 7, 2));
        assertThat(a.next()).get().extracting(RequestDeadlines.Item::kind).isEqualTo("appeal_decision_due");
    }

    @Test
    void aDraftHasNoDeadlinesAndSaysWhy() {
        RequestDeadlines.Schedule s = asOf("2024-03-11", 5).compute(Request.draft("us-foia", "ICE", "x"));
        assertThat(s.items()).isEmpty();
        assertThat(s.next()).isEmpty();
        assertThat(s.problem()).contains("draft");
    }

    @Test
    void completedRequestsAreNeverOverdue() {
        Request r = foia().toBuilder().status(RequestStatus.COMPLETED).build();
        assertThat(asOf("2025-01-01", 5).compute(r).overdue()).isFalse();
    }
}
