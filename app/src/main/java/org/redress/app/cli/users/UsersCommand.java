package org.redress.app.cli.users;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code redress users}: the people who may log in to a team server, their roles and the cases they are members of. */
@Command(
        name = "users",
        mixinStandardHelpOptions = true,
        description = {
            "The users of a team server (--server FILE or $REDRESS_SERVER), kept once for the whole server: roles",
            "admin, attorney, organiser, reporter, viewer; membership per case; a second factor (TOTP) required",
            "for admins and attorneys. Passwords come from $REDRESS_USER_PASSWORD or the terminal, never an argument.",
            "Every change is recorded in the audit log of the cases it concerns (or the server's own log)."
        },
        subcommands = {
            UserAddCommand.class,
            UserListCommand.class,
            UserDisableCommand.class,
            UserEnableCommand.class,
            UserResetCommand.class,
            UserGrantCommand.class,
            UserRevokeCommand.class,
            UserTokenCommand.class
        })
public final class UsersCommand implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
