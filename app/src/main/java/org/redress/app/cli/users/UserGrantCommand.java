package org.redress.app.cli.users;

import java.util.List;
import org.redress.application.audit.AuditNote;
import org.redress.core.audit.AuditAction;
import org.redress.core.users.UserName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "grant", mixinStandardHelpOptions = true, description = "Make a user a member of a case of the server.")
final class UserGrantCommand extends UserChange {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--case", required = true, paramLabel = "NAME", description = "The case.")
    String caseName;

    @Override
    public Integer call() {
        UserName user = UserName.of(name);
        String c = users().existingCase(caseName);
        users().admin().grant(user, c);
        changed(new AuditNote(AuditAction.USER_GRANT, user.value(), c), List.of(c));
        System.out.println(user + " is a member of " + c + ".");
        return 0;
    }
}
