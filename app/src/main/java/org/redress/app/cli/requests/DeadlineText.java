package org.redress.app.cli.requests;

import org.redress.application.requests.RequestService;

/** A request's deadlines in the words of the plain-text output. */
final class DeadlineText {
    private DeadlineText() {}

    /** "; next: response due 2024-03-29 [closing soon]", or why there is no deadline yet. */
    static String next(RequestService.Listed l) {
        var next = l.schedule().next();
        if (next.isEmpty())
            return l.schedule().problem() == null
                    ? ""
                    : "; no deadline yet (" + l.schedule().problem() + ")";
        var i = next.get();
        return "; next: " + title(i.kind()) + " " + i.due() + flags(l);
    }

    static String flags(RequestService.Listed l) {
        if (l.schedule().overdue()) return " [OVERDUE]";
        if (l.schedule().closingSoon()) return " [closing soon]";
        return "";
    }

    /** Human title of a deadline kind. */
    static String title(String kind) {
        return switch (kind) {
            case "response_due" -> "response due";
            case "extended_due" -> "extended response due";
            case "expedited_decision_due" -> "expedited decision due";
            case "appeal_window_closes" -> "last day to appeal";
            case "appeal_decision_due" -> "appeal decision due";
            default -> kind;
        };
    }
}
