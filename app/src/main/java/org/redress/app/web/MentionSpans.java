package org.redress.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.core.corpus.Page;
import org.redress.core.mentions.Mention;
import org.redress.core.port.MentionStore;

/** The watch list's hits on a page, marked with their review status and the buttons to decide on them. */
final class MentionSpans implements SpanSource {
    private final java.util.function.Supplier<MentionStore> mentions;

    MentionSpans(java.util.function.Supplier<MentionStore> mentions) {
        this.mentions = mentions;
    }

    @Override
    public List<TextSpan> spans(String documentId, Page page, Messages t, String back) {
        List<TextSpan> out = new ArrayList<>();
        for (Mention m : mentions.get().mentionsIn(documentId)) {
            if (m.page() != page.number()) continue;
            out.add(span(m, t, back));
        }
        return out;
    }

    static TextSpan span(Mention m, Messages t, String back) {
        String status = m.status().code();
        String label = m.person() + " · " + String.format(Locale.ROOT, "%.2f", m.score()) + " · "
                + t.get("mentions.status." + status) + (m.reason().isBlank() ? "" : " — " + m.reason());
        return new TextSpan(
                m.start(),
                m.end(),
                "mention",
                label,
                "mention status-" + status,
                "mention-" + m.id(),
                reviewForm(m.id(), back, t));
    }

    /** Confirm, reject or unsure, with an optional reason: the same form on the document page and in the queue. */
    static TextSpan.Form reviewForm(String id, String back, Messages t) {
        return new TextSpan.Form(
                "/mentions/review",
                Map.of("id", id, "back", back),
                "reason",
                t.get("mentions.reason"),
                List.of(
                        new TextSpan.Button("decision", "confirm", t.get("mentions.confirm")),
                        new TextSpan.Button("decision", "reject", t.get("mentions.reject")),
                        new TextSpan.Button("decision", "unsure", t.get("mentions.unsure"))));
    }
}
