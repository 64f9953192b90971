package org.redress.application.casemodel;

import java.util.List;
import org.redress.core.Count;
import org.redress.core.UserMistake;

/** An import refused as a whole; every problem names its line (or item) and field. Nothing was stored. */
public final class ImportException extends UserMistake {
    private final List<String> problems;

    public ImportException(String file, List<String> problems) {
        super(file + ": nothing was imported, because of " + Count.of(problems.size(), "problem", "problems")
                + ":\n  "
                + String.join("\n  ", problems.subList(0, Math.min(50, problems.size())))
                + (problems.size() > 50 ? "\n  … and " + (problems.size() - 50) + " more" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
