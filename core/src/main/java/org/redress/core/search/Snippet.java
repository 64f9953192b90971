package org.redress.core.search;

import java.util.List;

/**
 * A passage of page text with the matched words marked. Kept as segments, not markup, because
 * document text is hostile: each renderer escapes it for its own medium.
 */
public record Snippet(List<Segment> segments) {

    public record Segment(String text, boolean match) {}

    public Snippet {
        segments = List.copyOf(segments);
    }

    public static Snippet plain(String text) {
        return new Snippet(List.of(new Segment(text, false)));
    }

    /** HTML with every segment escaped and matches wrapped in {@code <mark>}. */
    public String toHtml() {
        StringBuilder out = new StringBuilder();
        for (Segment s : segments) {
            if (s.match()) out.append("<mark>");
            out.append(Html.escape(s.text()));
            if (s.match()) out.append("</mark>");
        }
        return out.toString();
    }

    public String toPlain() {
        StringBuilder out = new StringBuilder();
        segments.forEach(s -> out.append(s.text()));
        return out.toString();
    }
}
