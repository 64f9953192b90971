package org.redress.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.redress.core.search.Snippet;

/** Builds {@link Snippet} segments from the highlighter's passages, leaving escaping to renderers. */
final class SnippetFormatter extends PassageFormatter {
    private static final String GAP = " … ";
    private final boolean collapseWhitespace;

    SnippetFormatter(boolean collapseWhitespace) {
        this.collapseWhitespace = collapseWhitespace;
    }

    @Override
    public Snippet format(Passage[] passages, String content) {
        List<Snippet.Segment> segments = new ArrayList<>();
        int previousEnd = -1;
        for (Passage passage : passages) {
            if (previousEnd >= 0 && passage.getStartOffset() > previousEnd)
                segments.add(new Snippet.Segment(GAP, false));
            int pos = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i];
                int end = passage.getMatchEnds()[i];
                if (start < pos) continue; // overlapping match from another field's analysis
                if (start > pos) segments.add(new Snippet.Segment(clean(content.substring(pos, start)), false));
                segments.add(new Snippet.Segment(clean(content.substring(start, end)), true));
                pos = end;
            }
            if (pos < passage.getEndOffset())
                segments.add(new Snippet.Segment(clean(content.substring(pos, passage.getEndOffset())), false));
            previousEnd = passage.getEndOffset();
        }
        return new Snippet(segments);
    }

    private String clean(String text) {
        return collapseWhitespace ? text.replaceAll("\\s+", " ") : text;
    }
}
