package org.redress.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened to a case.
 *
 * @param at     when
 * @param who    the person: the operating-system user here, the logged-in user on a team server
 * @param from   where: {@code cli}, or {@code web} and the client's address
 * @param action what, as an {@link AuditAction} code (kept as text so entries of newer versions still read)
 * @param target the thing acted on (a document id, a request id, a file name), or empty
 * @param detail a short note (the query, the page, the format), never document text or a secret
 */
public record AuditEntry(Instant at, String who, String from, String action, String target, String detail) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        target = target == null ? "" : target;
        detail = detail == null ? "" : detail;
    }
}
