package org.redress.app.cli.users;

import java.util.ArrayList;
import java.util.List;
import org.redress.app.wiring.ServerUsers;
import org.redress.application.audit.AuditNote;
import org.redress.application.users.UserAdmin;
import org.redress.core.audit.AuditAction;
import org.redress.core.users.Role;
import org.redress.core.users.UserName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = {
            "Add a user. The password (at least 12 characters) comes from $REDRESS_USER_PASSWORD, else it is asked",
            "twice on the terminal. Admins and attorneys (or anyone, with --totp) get a second factor: the",
            "otpauth:// URI printed is added once to an authenticator app, and not shown again."
        })
final class UserAddCommand extends UserChange {
    @Parameters(index = "0", paramLabel = "NAME", description = "The login name: letters, digits, '.', '_' or '-'.")
    String name;

    @Option(
            names = "--role",
            required = true,
            paramLabel = "ROLE",
            description = "admin, attorney, organiser, reporter or viewer.")
    String role;

    @Option(
            names = "--case",
            paramLabel = "NAME",
            description = "A case of the server the user is a member of (repeat).")
    List<String> cases = new ArrayList<>();

    @Option(names = "--totp", description = "A second factor for a role that does not need one.")
    boolean totp;

    @Override
    public Integer call() {
        UserName user = UserName.of(name);
        Role r = Role.of(role);
        ServerUsers users = users();
        List<String> members =
                cases.stream().map(users::existingCase).distinct().toList();
        UserAdmin.Changed added = users.admin().add(user, r, NewPassword.read(user.value()), members, totp);
        changed(new AuditNote(AuditAction.USER_ADD, user.value(), "role " + r.code()), members);
        System.out.println("Added " + user + " (" + r.code() + ")"
                + (members.isEmpty()
                        ? ", a member of no case yet."
                        : ", a member of " + String.join(", ", members) + "."));
        if (added.totpUri() != null) TotpUri.print(added.totpUri());
        return 0;
    }
}
