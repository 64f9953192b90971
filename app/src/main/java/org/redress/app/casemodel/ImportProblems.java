package org.redress.app.casemodel;

import java.util.ArrayList;
import java.util.List;

/** The problems one import has found so far, each naming its line (or item) and field; any one refuses the whole import. */
final class ImportProblems {
    private final List<String> problems = new ArrayList<>();

    void add(String problem) {
        problems.add(problem);
    }

    int count() {
        return problems.size();
    }

    boolean any() {
        return !problems.isEmpty();
    }

    /** Refuses the import named {@code label} if anything was found. */
    void refuseIfAny(String label) {
        if (!problems.isEmpty()) throw new ImportException(label, problems);
    }
}
