package org.redress.analysis.deadline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One statutory period: so many business or calendar days.
 *
 * @param endsOnWorkingDay for calendar-day periods: a last day falling on a weekend or holiday moves to the
 *                         next working day (only where a statute such as Cal. Civ. Proc. Code § 12a says so)
 * @param agency           set only for agency-specific variants (e.g. "DHS" for 6 C.F.R. 5.8)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimeLimit(
        int days, CountingDays counting, Boolean endsOnWorkingDay, String agency, String citation, String note) {

    public TimeLimit {
        Objects.requireNonNull(counting, "counting (BUSINESS or CALENDAR)");
        if (days < 0) throw new IllegalArgumentException("negative days in " + citation);
    }

    public boolean movesOffNonWorkingDay() {
        return counting == CountingDays.CALENDAR && Boolean.TRUE.equals(endsOnWorkingDay);
    }
}
