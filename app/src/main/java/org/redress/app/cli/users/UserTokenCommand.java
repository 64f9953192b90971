package org.redress.app.cli.users;

import org.redress.application.audit.AuditNote;
import org.redress.core.audit.AuditAction;
import org.redress.core.users.UserName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "token",
        mixinStandardHelpOptions = true,
        description = {
            "Make an API token for a user's scripts (Authorization: Bearer TOKEN), printed once on standard output;",
            "the server keeps only its hash. It acts as the user, and stops working when they are disabled."
        })
final class UserTokenCommand extends UserChange {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
        UserName user = UserName.of(name);
        String token = users().admin().newApiToken(user);
        changed(
                new AuditNote(AuditAction.USER_TOKEN, user.value(), "api token"),
                users().admin().existing(user).cases());
        System.err.println("The API token of " + user + " (shown once; keep it as you would a password):");
        System.out.println(token);
        return 0;
    }
}
