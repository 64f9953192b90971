package org.redress.app.cli.custody;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code redress export}: documents that leave the case for a court. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export a document for a declaration or a filing, or the case as FollowTheMoney entities.",
        subcommands = {ManifestCommand.class, ExhibitCommand.class, ReuseExportCommand.class, FtmCommand.class})
public final class ExportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
