package org.redress.app.cli.users;

import java.util.List;
import org.redress.application.audit.AuditNote;
import org.redress.core.audit.AuditAction;
import org.redress.core.users.UserName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "revoke",
        mixinStandardHelpOptions = true,
        description = "End a user's membership of a case: they see nothing of it any more.")
final class UserRevokeCommand extends UserChange {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--case", required = true, paramLabel = "NAME", description = "The case.")
    String caseName;

    @Override
    public Integer call() {
        UserName user = UserName.of(name);
        String c = users().existingCase(caseName);
        users().admin().revoke(user, c);
        changed(new AuditNote(AuditAction.USER_REVOKE, user.value(), c), List.of(c));
        System.out.println(user + " is no longer a member of " + c + ".");
        return 0;
    }
}
