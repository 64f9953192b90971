package org.redress.core.casemodel;

/**
 * An incident report entered in Redress: who saw what, when and where, the words said, the vehicles and
 * badge numbers seen. Every field but {@code witness} and {@code saw} may be empty.
 */
public record WitnessStatement(
        String witness, String saw, String when, String where, String words, String vehicles, String badges) {
    public WitnessStatement {
        if (witness == null || witness.isBlank())
            throw new CaseModelException("a witness statement needs the witness's name");
        if (saw == null || saw.isBlank())
            throw new CaseModelException("a witness statement needs what the witness saw");
        when = when == null ? "" : when;
        where = where == null ? "" : where;
        words = words == null ? "" : words;
        vehicles = vehicles == null ? "" : vehicles;
        badges = badges == null ? "" : badges;
    }
}
