package org.redress.app.cli.users;

import java.util.List;
import java.util.concurrent.Callable;
import org.redress.app.wiring.ServerUsers;
import org.redress.application.audit.AuditNote;
import org.redress.application.audit.AuditTrail;
import picocli.CommandLine.Mixin;

/** A command that changes a server's users: it says what it changed and which cases that concerns, for the log. */
abstract class UserChange implements Callable<Integer>, ServerAudited {
    @Mixin
    ServerFile serverFile;

    private ServerUsers users;
    private AuditNote note;
    private List<String> concerned = List.of();

    final ServerUsers users() {
        if (users == null) users = serverFile.users();
        return users;
    }

    /** What the change was, and the cases of the server it concerns (none: the server's own log). */
    final void changed(AuditNote what, List<String> cases) {
        this.note = what;
        this.concerned = List.copyOf(cases);
    }

    @Override
    public final AuditNote audit() {
        return note;
    }

    @Override
    public final List<AuditTrail> trails() {
        return users().auditTrails(concerned);
    }
}
