package org.redress.app.cli.users;

import java.util.List;
import org.redress.app.cli.Audited;
import org.redress.application.audit.AuditTrail;

/**
 * A command on a team server's users: its note goes to the audit log of every case the change concerns (the
 * server's own log when it concerns none), recorded by the command line's one recorder after the command succeeded.
 */
public interface ServerAudited extends Audited {
    /** The trails the note goes to; asked only after the command has succeeded. */
    List<AuditTrail> trails();
}
