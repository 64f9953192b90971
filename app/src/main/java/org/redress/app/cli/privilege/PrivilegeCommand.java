package org.redress.app.cli.privilege;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code redress privilege mark | unmark | list | log}: privilege marks, which hide documents and notes from some roles. */
@Command(
        name = "privilege",
        mixinStandardHelpOptions = true,
        description = {
            "Mark documents (and findings' notes) as attorney-client or work-product privileged. On a team server,",
            "reporters and viewers never reach a marked document (by id, its pages, its original, search, hits) or",
            "a marked note (it reads blank). The command line and an embedded case see everything, marked or not."
        },
        subcommands = {
            PrivilegeMarkCommand.class,
            PrivilegeUnmarkCommand.class,
            PrivilegeListCommand.class,
            PrivilegeLogCommand.class
        })
public final class PrivilegeCommand implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
