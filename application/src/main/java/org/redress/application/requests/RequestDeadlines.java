package org.redress.application.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.redress.analysis.deadline.Deadline;
import org.redress.analysis.deadline.DeadlineCalculator;
import org.redress.analysis.deadline.DeadlineInputException;
import org.redress.analysis.deadline.DeadlineKind;
import org.redress.analysis.deadline.Tolling;
import org.redress.core.requests.Request;
import org.redress.core.requests.RequestStatus;

/**
 * The statutory deadlines of one request, from the deadline calculator, with flags relative to today:
 * a deadline is overdue when it has passed and what it waits for has not happened, and closing soon
 * when it falls within the next {@code soonDays} calendar days (today included).
 *
 * <p>Which deadlines bind: the response (initial, or extended when the agency invoked the extension)
 * while the status says the agency still owes a response and no determination is recorded; the
 * expedited-processing decision while expedited processing was asked for and nothing is decided; the
 * appeal window after an adverse or partial determination until an appeal is recorded; the appeal
 * decision while the status is appealed. The others are still listed, with {@code applies} false.
 */
public final class RequestDeadlines {
    public static final int DEFAULT_SOON_DAYS = 5;

    private final DeadlineCalculator calculator;
    private final Clock clock;
    private final int soonDays;

    public RequestDeadlines(DeadlineCalculator calculator, Clock clock, int soonDays) {
        if (soonDays < 0) throw new org.redress.core.UserMistake("closing-soon days cannot be negative");
        this.calculator = calculator;
        this.clock = clock;
        this.soonDays = soonDays;
    }

    public RequestDeadlines withSoonDays(int days) {
        return new RequestDeadlines(calculator, clock, days);
    }

    public DeadlineCalculator calculator() {
        return calculator;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public int soonDays() {
        return soonDays;
    }

    /**
     * One deadline of a request. {@code applies}: it binds this request (the extended one only once invoked);
     * {@code pending}: what it waits for has not happened yet; {@code daysLeft}: calendar days from today
     * (negative once passed).
     */
    public record Item(
            String kind,
            LocalDate due,
            int days,
            String counting,
            String citation,
            String law,
            String lawVersion,
            boolean applies,
            boolean pending,
            boolean overdue,
            boolean closingSoon,
            long daysLeft,
            String ifMissed) {}

    /** The deadlines of a request; {@code problem} says why none could be computed (no received date, unknown law …). */
    public record Schedule(List<Item> items, String problem) {
        public boolean overdue() {
            return items.stream().anyMatch(Item::overdue);
        }

        public boolean closingSoon() {
            return items.stream().anyMatch(Item::closingSoon);
        }

        /** The earliest deadline still waiting for what it is about (overdue ones included). */
        public Optional<Item> next() {
            return items.stream().filter(Item::pending).min(Comparator.comparing(Item::due));
        }
    }

    public Schedule compute(Request r) {
        if (r.received() == null) {
            return new Schedule(
                    List.of(),
                    r.status() == RequestStatus.DRAFT
                            ? "a draft: deadlines start when the agency receives the request"
                            : "no received date: deadlines count from the day the agency received the request");
        }
        List<Deadline> deadlines;
        try {
            List<Tolling> tolling =
                    r.tolled().stream().map(t -> new Tolling(t.from(), t.to())).toList();
            deadlines = calculator.all(
                    r.lawId(), r.received(), r.determined(), r.appealed(), r.appealAgency(), tolling, Set.of());
        } catch (DeadlineInputException e) {
            return new Schedule(List.of(), e.getMessage());
        }
        LocalDate today = today();
        List<Item> items = new ArrayList<>();
        for (Deadline d : deadlines) {
            boolean applies = applies(r, d.kind());
            boolean pending = applies && pending(r, d.kind());
            long left = ChronoUnit.DAYS.between(today, d.due());
            boolean overdue = pending && left < 0;
            boolean soon = pending && left >= 0 && left <= soonDays;
            items.add(new Item(
                    kindId(d.kind()),
                    d.due(),
                    d.businessDays(),
                    d.counting().name().toLowerCase(java.util.Locale.ROOT),
                    d.citation(),
                    d.lawId(),
                    d.version(),
                    applies,
                    pending,
                    overdue,
                    soon,
                    left,
                    d.missedDeadline() == null ? null : d.missedDeadline().text()));
        }
        return new Schedule(List.copyOf(items), null);
    }

    /** Whether this deadline binds this request at all (the extended one only once the extension was invoked). */
    private static boolean applies(Request r, DeadlineKind kind) {
        return switch (kind) {
            case INITIAL_RESPONSE -> !r.extension();
            case EXTENDED_RESPONSE -> r.extension();
            case EXPEDITED_DECISION -> r.expedited();
            case APPEAL_WINDOW, APPEAL_DECISION -> true;
        };
    }

    /** Whether the thing the deadline waits for is still outstanding. */
    private static boolean pending(Request r, DeadlineKind kind) {
        return switch (kind) {
            case INITIAL_RESPONSE, EXTENDED_RESPONSE ->
                r.determined() == null && r.status().awaitsResponse();
            case EXPEDITED_DECISION -> r.determined() == null && r.status().awaitsResponse();
            case APPEAL_WINDOW -> r.appealed() == null && r.status().appealable();
            case APPEAL_DECISION -> r.status() == RequestStatus.APPEALED;
        };
    }

    /** The stable names of the deadlines in JSON, CSV and calendars. */
    public static String kindId(DeadlineKind kind) {
        return kind.id();
    }
}
