package org.redress.app.cli.users;

import org.redress.application.audit.AuditNote;
import org.redress.application.users.UserAdmin;
import org.redress.core.audit.AuditAction;
import org.redress.core.users.UserName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "reset",
        mixinStandardHelpOptions = true,
        description = {
            "Give a user a new password ($REDRESS_USER_PASSWORD, else asked twice), which also unlocks them and",
            "ends their sessions; with --totp also a new second factor (the old app's codes stop working)."
        })
final class UserResetCommand extends UserChange {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--totp", description = "A new second-factor secret too.")
    boolean totp;

    @Override
    public Integer call() {
        UserName user = UserName.of(name);
        UserAdmin admin = users().admin();
        admin.existing(user); // before asking for a password
        UserAdmin.Changed reset = admin.reset(user, NewPassword.read(user.value()), totp);
        changed(
                new AuditNote(
                        AuditAction.USER_RESET,
                        user.value(),
                        reset.totpUri() == null ? "password" : "password and second factor"),
                reset.account().cases());
        System.out.println("New password for " + user + "; unlocked.");
        if (reset.totpUri() != null) TotpUri.print(reset.totpUri());
        return 0;
    }
}
