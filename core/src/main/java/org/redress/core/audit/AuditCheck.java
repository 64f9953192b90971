package org.redress.core.audit;

/**
 * What a verification of the audit log found.
 *
 * @param entries  how many entries were read
 * @param firstBad the number of the first entry that is wrong or missing, or 0 when the log is intact or only its
 *                 seal is wrong
 * @param problem  what is wrong, for a person; empty when intact
 */
public record AuditCheck(long entries, long firstBad, String problem) {
    public static AuditCheck intact(long entries) {
        return new AuditCheck(entries, 0, "");
    }

    public static AuditCheck broken(long entries, long firstBad, String problem) {
        return new AuditCheck(entries, firstBad, problem);
    }

    public boolean isIntact() {
        return problem.isEmpty();
    }
}
