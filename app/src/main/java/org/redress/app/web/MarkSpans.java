package org.redress.app.web;

import java.util.List;
import java.util.function.Supplier;
import org.redress.application.marks.MarkService;
import org.redress.core.corpus.Page;

/**
 * The marks found by rule on a page: pattern entities (emails, phones, A-numbers, plates, SSN-like numbers, dates),
 * exemption marks and animus flags, each with what the rule read (its label), never more of the page than it marks.
 */
final class MarkSpans implements SpanSource {
    private final Supplier<MarkService> marks;

    MarkSpans(Supplier<MarkService> marks) {
        this.marks = marks;
    }

    @Override
    public List<TextSpan> spans(String documentId, Page page, Messages t, String back) {
        int at = 0;
        List<TextSpan> out = new java.util.ArrayList<>();
        for (var s : marks.get().onPage(documentId, page.number())) {
            if (s.end() > page.text().length()) continue;
            String kind = kindOf(s.kind());
            out.add(new TextSpan(
                    s.start(),
                    s.end(),
                    kind,
                    s.label(),
                    kind + " kind-" + s.kind(),
                    "mark-" + page.number() + "-" + at++,
                    null));
        }
        return out;
    }

    /** The three families the page colours: exemption marks, flags, and the pattern entities. */
    private static String kindOf(String kind) {
        return switch (kind) {
            case "exemption" -> "exemption";
            case "flag" -> "flag";
            default -> "pattern";
        };
    }
}
