package org.redress.app.cli.privilege;

import java.util.ArrayList;
import java.util.List;
import org.redress.app.cli.CaseOption;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The items every change names: documents as arguments, findings with --finding. */
final class PrivilegeItems {
    @Mixin
    CaseOption caseOption;

    @Parameters(
            arity = "0..*",
            paramLabel = "DOC",
            description = "Documents: their ids, or unique prefixes of at least 6 characters.")
    List<String> documents = new ArrayList<>();

    @Option(
            names = "--finding",
            paramLabel = "N",
            description = "A finding whose note is privileged (its number, from claims link --json); repeatable.")
    List<Long> findings = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    String target() {
        List<String> all = new ArrayList<>(documents);
        findings.forEach(f -> all.add("finding " + f));
        return String.join(",", all);
    }
}
