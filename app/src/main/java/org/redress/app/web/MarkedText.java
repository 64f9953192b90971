package org.redress.app.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.redress.core.search.Html;
import org.redress.core.search.Snippet;

/**
 * A page's text as HTML with spans marked: every character escaped, each span a {@code <span class="mark …">} (spans
 * may overlap: the text is cut at every edge and each piece wrapped in all the spans over it), the words a search
 * matched in {@code <mark>}, and after each span a numbered link to its note, where its actions are.
 */
public final class MarkedText {
    /** One span with the number it is shown with. */
    public record Note(int number, TextSpan span) {}

    /** {@code html} is safe to put inside {@code <pre>}; {@code notes} are in the order of the text. */
    public record Marked(String html, List<Note> notes) {}

    private MarkedText() {}

    static Marked of(String text, List<TextSpan> spans, Snippet query) {
        int length = text.length();
        List<TextSpan> kept = spans.stream()
                .filter(s -> s.start() >= 0 && s.end() <= length && s.start() < s.end())
                .sorted(Comparator.comparingInt(TextSpan::start)
                        .thenComparing(Comparator.comparingInt(TextSpan::end).reversed()))
                .toList();
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) notes.add(new Note(i + 1, kept.get(i)));
        boolean[] matched = matched(query, length);

        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (TextSpan s : kept) {
            cuts.add(s.start());
            cuts.add(s.end());
        }
        for (int i = 1; i < length; i++) if (matched[i] != matched[i - 1]) cuts.add(i);

        StringBuilder out = new StringBuilder(length + 64 * kept.size());
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            List<Note> over = new ArrayList<>();
            for (Note n : notes) if (n.span().start() <= from && from < n.span().end()) over.add(n);
            for (Note n : over) {
                TextSpan s = n.span();
                out.append("<span class=\"mark ")
                        .append(Html.escape(s.cssClass()))
                        .append('"');
                if (s.start() == from)
                    out.append(" id=\"at-").append(Html.escape(s.anchor())).append('"');
                out.append(" title=\"").append(Html.escape(s.label())).append("\">");
            }
            boolean m = from < length && matched[from];
            if (m) out.append("<mark>");
            out.append(Html.escape(text.substring(from, to)));
            if (m) out.append("</mark>");
            for (int i = over.size() - 1; i >= 0; i--) out.append("</span>");
            for (Note n : over) {
                if (n.span().end() == to) {
                    out.append("<sup class=\"mark-ref\"><a href=\"#")
                            .append(Html.escape(n.span().anchor()))
                            .append("\">")
                            .append(n.number())
                            .append("</a></sup>");
                }
            }
        }
        return new Marked(out.toString(), notes);
    }

    /** Which characters the search matched; a snippet that is not the whole text marks none. */
    private static boolean[] matched(Snippet query, int length) {
        boolean[] out = new boolean[length];
        if (query == null || !query.toPlain().isEmpty() && query.toPlain().length() != length) return out;
        int at = 0;
        for (Snippet.Segment s : query.segments()) {
            if (s.match())
                java.util.Arrays.fill(out, at, Math.min(length, at + s.text().length()), true);
            at += s.text().length();
        }
        return out;
    }
}
