package org.redress.app.cli;

import java.io.PrintWriter;
import org.redress.app.cli.custody.BackupCommand;
import org.redress.app.cli.custody.CaseCommand;
import org.redress.app.cli.custody.ExportCommand;
import org.redress.app.cli.custody.RestoreCommand;
import org.redress.app.cli.custody.VerifyCommand;
import org.redress.app.cli.keys.DestroyCommand;
import org.redress.app.cli.keys.KeyCommand;
import org.redress.app.cli.requests.RequestsCommand;
import org.redress.app.cli.users.UsersCommand;
import org.redress.app.wiring.CaseKeyring;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The redress command. Exit codes: 0 success, 1 a mistake the user can fix (the message says
 * what), 2 an internal failure.
 */
@Command(
        name = "redress",
        mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        description = "Evidence workbench for proving that an agency targeted people for their speech.",
        subcommands = {
            InitCommand.class,
            EncryptCommand.class,
            IngestCommand.class,
            WorkerCommand.class,
            UsersCommand.class,
            SearchCommand.class,
            SearchesCommand.class,
            ShowCommand.class,
            StatusCommand.class,
            ServeCommand.class,
            DemoCommand.class,
            DeadlineCommand.class,
            AnalyzeCommand.class,
            ReindexCommand.class,
            RequestsCommand.class,
            ImportCommand.class,
            ChronologyCommand.class,
            ClaimsCommand.class,
            VerifyCommand.class,
            ExportCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            CaseCommand.class,
            AuditCommand.class,
            ConfigCommand.class,
            WatchCommand.class,
            org.redress.app.cli.privilege.PrivilegeCommand.class,
            MentionsCommand.class,
            MarksCommand.class,
            RedactionsCommand.class,
            FlagsCommand.class,
            KeyCommand.class,
            DestroyCommand.class,
            EntitiesCommand.class,
            ReuseCommand.class,
            NearDuplicatesCommand.class,
            GraphCommand.class,
            ChainCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        try {
            return commandLine().execute(args);
        } finally {
            CaseKeyring.forgetAll(); // a key unlocked for this command is not kept for the next one in this JVM
        }
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionStrategy(new AuditedExecution());
        cli.setParameterExceptionHandler((e, a) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println(e.getMessage());
            err.println("See: redress " + e.getCommandLine().getCommandName() + " --help");
            return 1;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> ExitCodes.answer(e, commandLine.getErr()));
        return cli;
    }
}
