package org.redress.analysis.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Computes the statutory deadlines of a public-records request. Every deadline is judged by the law version
 * in force on the day the request was received, and counted on that version's holiday calendar.
 */
public final class DeadlineCalculator {

    private final LawLibrary library;

    public DeadlineCalculator(LawLibrary library) {
        this.library = Objects.requireNonNull(library);
    }

    /** A calculator over the laws and calendars shipped with Redress. */
    public static DeadlineCalculator builtIn() {
        return new DeadlineCalculator(LawLibrary.builtIn());
    }

    public LawLibrary library() {
        return library;
    }

    /** The response due date: the initial period, plus the statutory extension when {@code extension} is set. */
    public Deadline compute(String lawId, LocalDate received, boolean extension, List<Tolling> tolling) {
        return compute(lawId, received, extension, tolling, Set.of());
    }

    public Deadline compute(
            String lawId, LocalDate received, boolean extension, List<Tolling> tolling, Set<String> calendarOptions) {
        return extension
                ? extendedResponse(lawId, received, tolling, calendarOptions)
                : initialResponse(lawId, received, tolling, calendarOptions);
    }

    public Deadline initialResponse(
            String lawId, LocalDate received, List<Tolling> tolling, Set<String> calendarOptions) {
        Ctx c = context(lawId, received, calendarOptions);
        TimeLimit t = c.version.initialResponse();
        return deadline(
                DeadlineKind.INITIAL_RESPONSE, c, t, count(c, received, t, tolling), c.version.missedDeadline());
    }

    /** Initial period plus the one extension the law allows (user error if it allows none). */
    public Deadline extendedResponse(
            String lawId, LocalDate received, List<Tolling> tolling, Set<String> calendarOptions) {
        Ctx c = context(lawId, received, calendarOptions);
        TimeLimit initial = c.version.initialResponse();
        TimeLimit ext = require(c, c.version.extension(), "extension");
        DayCount counted;
        if (initial.counting() == ext.counting()) {
            TimeLimit total = new TimeLimit(
                    initial.days() + ext.days(),
                    ext.counting(),
                    ext.endsOnWorkingDay() != null ? ext.endsOnWorkingDay() : initial.endsOnWorkingDay(),
                    null,
                    ext.citation(),
                    null);
            counted = count(c, received, total, tolling);
        } else {
            // different kinds of days: count the extension on from the unmoved end of the initial period
            DayCount first =
                    DayCount.count(received, initial.days(), initial.counting(), false, c.calendar, safe(tolling));
            DayCount second = count(c, first.due(), ext, tolling);
            List<Holiday> skipped = new ArrayList<>(first.skipped());
            skipped.addAll(second.skipped());
            counted = new DayCount(
                    received,
                    second.due(),
                    initial.days() + ext.days(),
                    ext.counting(),
                    List.copyOf(skipped),
                    first.tolledDays() + second.tolledDays());
        }
        return deadline(DeadlineKind.EXTENDED_RESPONSE, c, ext, counted, c.version.missedDeadline());
    }

    /** When the agency must decide a request for expedited processing (FOIA: 10 days). */
    public Deadline expeditedDecision(String lawId, LocalDate received, Set<String> calendarOptions) {
        Ctx c = context(lawId, received, calendarOptions);
        TimeLimit t = require(c, c.version.expeditedDecision(), "a deadline to decide on expedited processing");
        return deadline(DeadlineKind.EXPEDITED_DECISION, c, t, count(c, received, t, List.of()), null);
    }

    /**
     * The last day the requester may appeal an adverse determination made on {@code determination};
     * {@code agency} (e.g. "DHS") selects an agency regulation's own window where the data has one.
     */
    public Deadline appealWindowCloses(
            String lawId, LocalDate received, LocalDate determination, String agency, Set<String> calendarOptions) {
        Ctx c = context(lawId, received, calendarOptions);
        TimeLimit t = c.version
                .appealWindowFor(agency)
                .orElseThrow(() -> new DeadlineInputException("law " + lawId + " (version " + c.version.version()
                        + ") sets no time limit to appeal" + (agency == null ? "" : " for agency " + agency)));
        return deadline(DeadlineKind.APPEAL_WINDOW, c, t, count(c, determination, t, List.of()), null);
    }

    /** When the agency must decide an appeal received on {@code appealReceived}. */
    public Deadline appealDecisionDue(
            String lawId,
            LocalDate received,
            LocalDate appealReceived,
            List<Tolling> tolling,
            Set<String> calendarOptions) {
        Ctx c = context(lawId, received, calendarOptions);
        TimeLimit t = require(c, c.version.appealDecision(), "a deadline to decide an appeal");
        return deadline(
                DeadlineKind.APPEAL_DECISION, c, t, count(c, appealReceived, t, tolling), c.version.missedDeadline());
    }

    /**
     * All deadlines the law sets that can be computed from what is known: pass null for a determination or
     * appeal that has not happened yet.
     */
    public List<Deadline> all(
            String lawId,
            LocalDate received,
            LocalDate determination,
            LocalDate appealReceived,
            String agency,
            List<Tolling> tolling,
            Set<String> calendarOptions) {
        Ctx c = context(lawId, received, calendarOptions);
        List<Deadline> out = new ArrayList<>();
        out.add(initialResponse(lawId, received, tolling, calendarOptions));
        if (c.version.extension() != null) out.add(extendedResponse(lawId, received, tolling, calendarOptions));
        if (c.version.expeditedDecision() != null) out.add(expeditedDecision(lawId, received, calendarOptions));
        if (determination != null && c.version.appealWindowFor(agency).isPresent()) {
            out.add(appealWindowCloses(lawId, received, determination, agency, calendarOptions));
        }
        if (appealReceived != null && c.version.appealDecision() != null) {
            out.add(appealDecisionDue(lawId, received, appealReceived, List.of(), calendarOptions));
        }
        return out;
    }

    private record Ctx(Law law, LawVersion version, HolidayCalendar calendar) {}

    private Ctx context(String lawId, LocalDate received, Set<String> calendarOptions) {
        Objects.requireNonNull(received, "received date");
        Law law = library.requireLaw(lawId);
        LawVersion v = law.versionInForce(received);
        HolidayCalendar cal =
                library.requireCalendar(v.calendar()).withOptions(calendarOptions == null ? Set.of() : calendarOptions);
        return new Ctx(law, v, cal);
    }

    private static TimeLimit require(Ctx c, TimeLimit t, String what) {
        if (t == null) {
            throw new DeadlineInputException(
                    "law " + c.law.id() + " (version " + c.version.version() + ") sets no " + what);
        }
        return t;
    }

    private static List<Tolling> safe(List<Tolling> tolling) {
        return tolling == null ? List.of() : tolling;
    }

    private static DayCount count(Ctx c, LocalDate start, TimeLimit t, List<Tolling> tolling) {
        return DayCount.count(start, t.days(), t.counting(), t.movesOffNonWorkingDay(), c.calendar, safe(tolling));
    }

    private static Deadline deadline(DeadlineKind kind, Ctx c, TimeLimit t, DayCount n, MissedDeadline missed) {
        List<String> notes = new ArrayList<>();
        if (t.note() != null) notes.add(t.note());
        if (c.version.note() != null) notes.add(c.version.note());
        return new Deadline(
                kind,
                c.law.id(),
                c.version.version(),
                t.citation(),
                c.version.citation(),
                c.calendar.id(),
                n.start(),
                n.due(),
                n.days(),
                n.counting(),
                n.skipped(),
                n.tolledDays(),
                missed,
                List.copyOf(notes));
    }
}
