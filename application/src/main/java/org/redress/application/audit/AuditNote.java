package org.redress.application.audit;

import java.util.Objects;
import org.redress.core.audit.AuditAction;

/**
 * What an operation declares about itself for the audit trail.
 *
 * @param target the thing acted on (an id or a file name), or empty
 * @param detail a short note: the query, the page, the format; never document text, a passphrase or a token
 */
public record AuditNote(AuditAction action, String target, String detail) {
    public AuditNote {
        Objects.requireNonNull(action, "action");
        target = target == null ? "" : target;
        detail = detail == null ? "" : detail;
    }

    public static AuditNote of(AuditAction action) {
        return new AuditNote(action, "", "");
    }

    public static AuditNote of(AuditAction action, String target) {
        return new AuditNote(action, target, "");
    }
}
