package org.redress.app.cli.custody;

import java.util.concurrent.Callable;
import org.redress.app.cli.Audited;
import org.redress.app.cli.CaseOption;
import org.redress.app.json.CustodyJson;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.application.custody.CustodyProblem;
import org.redress.application.custody.CustodyReport;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code redress verify}: exit code 0 when every original and manifest is intact, 1 naming each problem. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Check the case's chain of custody: hash every original again against the database, and check every",
            "source manifest's signature and what it lists. Exit code 0 when all is intact, 1 naming each problem."
        })
public final class VerifyCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        CustodyReport report;
        try (CaseServices c = caseOption.open()) {
            report = c.custodyCheck().run();
        }
        if (json) {
            System.out.println(Json.write(CustodyJson.report(report)));
        } else {
            for (CustodyProblem p : report.problems())
                System.out.println(p.kind() + "  " + p.target() + ": " + p.detail());
            System.out.printf(
                    "%s hashed, %s checked: %s%n",
                    Count.of(report.originals(), "original", "originals"),
                    Count.of(report.manifests(), "manifest", "manifests"),
                    report.intact() ? "all intact." : Count.of(report.problems().size(), "problem", "problems") + ".");
        }
        return report.intact() ? 0 : 1;
    }

    @Override
    public AuditNote audit() {
        return AuditNote.of(AuditAction.CUSTODY_VERIFY);
    }
}
