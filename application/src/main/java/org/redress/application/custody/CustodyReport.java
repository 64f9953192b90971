package org.redress.application.custody;

import java.util.List;

/**
 * What {@code redress verify} found.
 *
 * @param originals how many originals were hashed again
 * @param manifests how many manifest versions were checked
 */
public record CustodyReport(int originals, int manifests, List<CustodyProblem> problems) {
    public CustodyReport {
        problems = List.copyOf(problems);
    }

    /** True when every original and every manifest is as recorded. */
    public boolean intact() {
        return problems.isEmpty();
    }
}
