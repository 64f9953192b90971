package org.redress.core.mentions;

import java.time.Instant;

/** A reviewer's decision on a hit; {@code reason} may be empty. Its toString never shows the reason's text. */
public record Decision(String mentionId, MentionStatus status, String reason, Instant at) {
    public Decision {
        reason = reason == null ? "" : reason.strip();
    }

    @Override
    public String toString() {
        return "Decision[" + mentionId + ", " + status.code() + "]";
    }
}
