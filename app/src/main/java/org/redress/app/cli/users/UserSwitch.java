package org.redress.app.cli.users;

import org.redress.application.audit.AuditNote;
import org.redress.application.users.UserAdmin;
import org.redress.core.audit.AuditAction;
import org.redress.core.users.UserAccount;
import org.redress.core.users.UserName;
import picocli.CommandLine.Parameters;

/** {@code users disable} and {@code users enable}: one user's account switched off or on again. */
abstract class UserSwitch extends UserChange {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    private final boolean on;

    UserSwitch(boolean on) {
        this.on = on;
    }

    @Override
    public final Integer call() {
        UserAdmin admin = users().admin();
        UserAccount account = on ? admin.enable(UserName.of(name)) : admin.disable(UserName.of(name));
        AuditAction action = on ? AuditAction.USER_ENABLE : AuditAction.USER_DISABLE;
        changed(new AuditNote(action, account.name().value(), ""), account.cases());
        System.out.println((on ? "Enabled " : "Disabled ") + account.name() + ".");
        return 0;
    }
}
