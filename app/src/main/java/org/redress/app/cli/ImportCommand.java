package org.redress.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseException;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.application.casemodel.CaseImport;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import org.redress.core.casemodel.CaseModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import people or events from CSV or JSON (.json). All or nothing: a single bad row imports nothing,",
            "and the message names its line and field. See the README for the columns."
        })
final class ImportCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Parameters(index = "0", paramLabel = "people|events")
    String what;

    @Parameters(index = "1", paramLabel = "FILE")
    Path file;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    private String imported;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) throw new CaseException("'" + file + "' is not a file");
        try (CaseServices c = caseOption.open()) {
            CaseModel model = c.caseModel();
            CaseImport importer = c.importer();
            CaseImport.Result r = switch (what) {
                case "people" -> importer.importPeople(file);
                case "events" -> importer.importEvents(file);
                default -> throw new CaseException("import what? say people or events, not '" + what + "'");
            };
            imported = r.people() + " people, " + r.organisations() + " organisations, " + r.events() + " events";
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("people", r.people());
                out.put("organisations", r.organisations());
                out.put("events", r.events());
                out.put("eventIds", r.eventIds());
                out.put("warnings", r.warnings());
                System.out.println(Json.write(out));
            } else if (what.equals("people")) {
                r.warnings().forEach(w -> System.err.println("warning: " + w));
                System.out.printf(
                        "Imported %s and %s.%n",
                        Count.of(r.people(), "person", "people"),
                        Count.of(r.organisations(), "new organisation", "new organisations"));
            } else {
                System.out.printf(
                        "Imported %s%s.%n",
                        Count.of(r.events(), "event", "events"),
                        r.eventIds().isEmpty() ? "" : ": " + String.join(", ", r.eventIds()));
            }
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        return new AuditNote(
                what.equals("people") ? AuditAction.IMPORT_PEOPLE : AuditAction.IMPORT_EVENTS,
                String.valueOf(file.getFileName()),
                imported);
    }
}
