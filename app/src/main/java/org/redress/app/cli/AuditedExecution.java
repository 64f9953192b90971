package org.redress.app.cli;

import java.nio.file.Path;
import org.redress.app.cli.users.ServerAudited;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.Actor;
import org.redress.application.audit.AuditNote;
import org.redress.application.audit.AuditTrail;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * How every command runs: as picocli runs it, and then, when it succeeded on a case, its {@link Audited} note goes
 * into the case's audit log. The one place the command line writes the log, so a new command cannot forget to.
 */
final class AuditedExecution implements CommandLine.IExecutionStrategy {
    @Override
    public int execute(ParseResult parseResult) {
        int code = new CommandLine.RunLast().execute(parseResult);
        if (code != ExitCodes.OK) return code;
        ParseResult last = parseResult;
        while (last.hasSubcommand()) last = last.subcommand();
        if (last.isUsageHelpRequested() || last.isVersionHelpRequested()) return code;
        CommandLine command = last.commandSpec().commandLine();
        if (!(command.getCommand() instanceof Audited audited)) return code;
        AuditNote note = audited.audit();
        if (note == null) return code;
        try {
            if (audited instanceof ServerAudited onServer) {
                for (AuditTrail trail : onServer.trails()) trail.record(Actor.commandLine(), note);
                return code;
            }
            AuditTrail trail = caseAudit(last.commandSpec());
            if (trail == null) return code;
            trail.record(Actor.commandLine(), note);
        } catch (RuntimeException e) {
            throw new CommandLine.ExecutionException(
                    command,
                    "audit",
                    new IllegalStateException(
                            "the command ran but could not be recorded in the audit log: " + e.getMessage(), e));
        }
        return code;
    }

    /**
     * The audit trail of the case the command worked on: its {@link CaseOption} (also inside a mixin, in its folder or
     * on its server), or a plain --case option's folder; null for a command without a case.
     */
    static AuditTrail caseAudit(CommandSpec spec) {
        if (spec.userObject() instanceof CaseOption option) return option.audit();
        for (CommandSpec mixin : spec.mixins().values()) {
            AuditTrail found = caseAudit(mixin);
            if (found != null) return found;
        }
        ArgSpec option = spec.findOption("--case");
        return option != null && option.getValue() instanceof Path p ? CaseServices.audit(p) : null;
    }
}
