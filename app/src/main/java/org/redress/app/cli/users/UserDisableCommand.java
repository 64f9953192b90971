package org.redress.app.cli.users;

import picocli.CommandLine.Command;

@Command(
        name = "disable",
        mixinStandardHelpOptions = true,
        description = "Disable a user: no login, their sessions end, and their API tokens stop working.")
final class UserDisableCommand extends UserSwitch {
    UserDisableCommand() {
        super(false);
    }
}
