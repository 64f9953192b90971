package org.redress.analysis.retaliation;

import java.util.List;

/** The result of {@code analyze proximity}: one row per adverse action and subject, and knowledge dates. */
public record ProximityReport(List<ProximityRow> rows, List<KnowledgeDate> knowledge, String summary) {

    public ProximityReport {
        rows = List.copyOf(rows);
        knowledge = List.copyOf(knowledge);
    }
}
