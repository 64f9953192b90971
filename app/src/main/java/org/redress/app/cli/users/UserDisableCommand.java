package org.redress.app.cli.users;

import org.redress.application.audit.AuditNote;
import org.redress.core.audit.AuditAction;
import org.redress.core.users.UserAccount;
import org.redress.core.users.UserName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "disable",
        mixinStandardHelpOptions = true,
        description = "Disable a user: no login, their sessions end, and their API tokens stop working.")
final class UserDisableCommand extends UserChange {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
        UserAccount account = users().admin().disable(UserName.of(name));
        changed(new AuditNote(AuditAction.USER_DISABLE, account.name().value(), ""), account.cases());
        System.out.println("Disabled " + account.name() + ".");
        return 0;
    }
}
