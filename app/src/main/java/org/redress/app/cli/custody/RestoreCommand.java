package org.redress.app.cli.custody;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redress.app.cli.Audited;
import org.redress.app.cli.CaseOption;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseBackup;
import org.redress.application.audit.AuditNote;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code redress restore}: a backup zip into a new case folder, with its search index rebuilt. */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = {
            "Unpack a backup made by redress backup into a new or empty case folder and rebuild its search index.",
            "Run redress verify on it afterwards."
        })
public final class RestoreCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup zip.")
    Path from;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        CaseBackup.Summary s = CaseBackup.restore(from, caseOption.folder());
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("case", caseOption.folder().toString());
            out.put("originals", s.originals());
            out.put("manifests", s.manifests());
            out.put("files", s.files());
            System.out.println(Json.write(out));
        } else {
            System.out.printf(
                    "Restored %s and %s into %s; check them with: redress verify --case %s%n",
                    Count.of(s.originals(), "original", "originals"),
                    Count.of(s.manifests(), "manifest", "manifests"),
                    caseOption.folder(),
                    caseOption.folder());
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        return AuditNote.of(AuditAction.CASE_RESTORE, from.toString());
    }
}
