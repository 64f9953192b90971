package org.redress.core.privilege;

import java.time.Instant;
import java.util.Objects;

/**
 * A claim of privilege over one item: which privilege, who made it, when and why (the reason may be empty). While it
 * stands, the item is hidden from the roles that may not see privileged material.
 */
public record PrivilegeMark(PrivilegedItem item, PrivilegeKind kind, String by, Instant at, String reason) {
    public PrivilegeMark {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        by = by == null || by.isBlank() ? "unknown" : by.strip();
        reason = reason == null ? "" : reason.strip();
    }
}
