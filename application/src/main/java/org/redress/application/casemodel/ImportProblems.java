package org.redress.application.casemodel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.redress.core.UserMistake;

/** The problems one import has found so far, each naming its line (or item) and field; any one refuses the whole import. */
final class ImportProblems {
    private final List<String> problems = new ArrayList<>();

    void add(String problem) {
        problems.add(problem);
    }

    /** What {@code parse} makes of a field, or null and a problem "where, field name: why" when it refuses it. */
    <T> T parse(String where, String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (UserMistake e) {
            problems.add(where + ", field " + field + ": " + e.getMessage());
            return null;
        }
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
