package org.redress.app.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.redress.core.privilege.PrivilegeMark;

/** What the document page shows of its privilege mark: the mark (null when none), and whether its reader may change it. */
public record PrivilegePanel(PrivilegeMark mark, boolean mayChange) {
    /** Why a document is privileged is a sentence or two, not a memo: a longer reason is refused. */
    public static final int MAX_REASON = 1000;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    /** The message key of the mark's kind: {@code privilege.kind.attorney-client} … */
    public String kindKey() {
        return "privilege.kind." + mark.kind().code();
    }

    /** When it was marked, to the minute. */
    public String when() {
        return WHEN.format(mark.at().atOffset(ZoneOffset.UTC));
    }
}
