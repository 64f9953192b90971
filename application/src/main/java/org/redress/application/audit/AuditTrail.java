package org.redress.application.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.redress.core.audit.AuditCheck;
import org.redress.core.audit.AuditEntry;
import org.redress.core.audit.RecordedEntry;
import org.redress.core.port.AuditLog;

/** Records operations on a case in its audit log, and lists and verifies the log. */
public final class AuditTrail {
    /** Long enough for any query a person types; a pasted page of text is cut, not kept whole. */
    static final int MAX_FIELD = 300;

    private final AuditLog log;
    private final Clock clock;

    public AuditTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void record(Actor actor, AuditNote note) {
        log.record(new AuditEntry(
                clock.instant(),
                tidy(actor.who()),
                tidy(actor.from()),
                note.action().code(),
                tidy(note.target()),
                tidy(note.detail())));
    }

    /** The entries made on the days {@code from} to {@code to} (both included, either may be null) in {@code zone}. */
    public List<RecordedEntry> entries(LocalDate from, LocalDate to, ZoneId zone) {
        return log.entries().stream()
                .filter(e -> {
                    LocalDate day = e.entry().at().atZone(zone).toLocalDate();
                    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
                })
                .toList();
    }

    public AuditCheck verify() {
        return log.verify();
    }

    /** One line, no control characters (a query could carry a terminal escape), at most {@link #MAX_FIELD} long. */
    static String tidy(String text) {
        if (text == null) return "";
        StringBuilder b = new StringBuilder(Math.min(text.length(), MAX_FIELD));
        text.codePoints().forEach(c -> {
            if (b.length() < MAX_FIELD) b.appendCodePoint(Character.isISOControl(c) ? ' ' : c);
        });
        return b.length() < text.length() && b.length() >= MAX_FIELD
                ? b.append('…').toString()
                : b.toString();
    }
}
