package org.redress.analysis.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * A computed deadline with what it rests on, so a lawyer can check it by hand.
 *
 * @param businessDays the number of days counted (business or calendar days, see {@code counting})
 * @param citation     the provision setting this period; {@code lawCitation} the law version's main citation
 * @param start        the day 0 the count ran from (receipt, determination or appeal receipt)
 */
public record Deadline(
        DeadlineKind kind,
        String lawId,
        String version,
        String citation,
        String lawCitation,
        String calendar,
        LocalDate start,
        LocalDate due,
        int businessDays,
        CountingDays counting,
        List<Holiday> skipped,
        int tolledDays,
        MissedDeadline missedDeadline,
        List<String> notes) {}
