package org.redress.app.cli.users;

import picocli.CommandLine.Command;

@Command(
        name = "enable",
        mixinStandardHelpOptions = true,
        description = "Enable a disabled user again: they may log in, and their API tokens work again.")
final class UserEnableCommand extends UserSwitch {
    UserEnableCommand() {
        super(true);
    }
}
