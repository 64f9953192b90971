package org.redress.application.reuse;

import java.time.LocalDate;

/** What the two dates of a match show. */
final class ReuseTiming {
    private ReuseTiming() {}

    /** A closed meeting's words in a record written on or after the meeting: what was said there reached the agency. */
    static boolean privateBeforeRecord(boolean isPrivate, LocalDate reference, LocalDate record) {
        return isPrivate && reference != null && record != null && !record.isBefore(reference);
    }

    /** A record cannot quote what did not exist yet: one of the dates is wrong, or the reference is not the source. */
    static boolean inconsistent(LocalDate reference, LocalDate record) {
        return reference != null && record != null && record.isBefore(reference);
    }
}
