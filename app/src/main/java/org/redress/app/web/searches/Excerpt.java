package org.redress.app.web.searches;

import java.util.ArrayList;
import java.util.List;
import org.redress.core.search.Snippet;

/** The part of a marked page around its first match, for a list of hits: the whole page would be too long to scan. */
final class Excerpt {
    private static final int BEFORE = 100;
    private static final int LENGTH = 280;

    private Excerpt() {}

    /** Escaped HTML with the matches in {@code <mark>}, cut to about {@value #LENGTH} characters. */
    static String of(Snippet page) {
        int first = 0;
        int at = 0;
        for (Snippet.Segment s : page.segments()) {
            if (s.match()) {
                first = at;
                break;
            }
            at += s.text().length();
        }
        int from = Math.max(0, first - BEFORE);
        int to = from + LENGTH;
        List<Snippet.Segment> kept = new ArrayList<>();
        int pos = 0;
        for (Snippet.Segment s : page.segments()) {
            int end = pos + s.text().length();
            if (end > from && pos < to) {
                String text = s.text()
                        .substring(Math.max(0, from - pos), Math.min(s.text().length(), to - pos));
                kept.add(new Snippet.Segment(text.replaceAll("\\s+", " "), s.match()));
            }
            pos = end;
        }
        String html = new Snippet(kept).toHtml().strip();
        return (from > 0 ? "… " : "") + html + (pos > to ? " …" : "");
    }
}
