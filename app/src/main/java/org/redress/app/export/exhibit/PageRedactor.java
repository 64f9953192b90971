package org.redress.app.export.exhibit;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.analysis.redaction.Redactor;

/**
 * Which parts of a page image to paint over: the words that {@link Redactor}'s rules (A-numbers, SSNs, birth dates,
 * phones, addresses) or the user's marks find, each whole word, with a margin, one box per line a finding spans.
 */
final class PageRedactor {
    /** One box to paint, and what it hides. */
    record Box(Redactor.Kind kind, Rectangle area) {}

    private final boolean automatic;
    private final List<String> marks;

    PageRedactor(boolean automatic, List<String> marks) {
        this.automatic = automatic;
        this.marks = List.copyOf(marks);
    }

    boolean redactsAnything() {
        return automatic || !marks.isEmpty();
    }

    /** The boxes to paint over these words (of one source: a text layer, or one OCR reading). */
    List<Box> boxes(List<PageWord> words, float dpi) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[words.size()];
        String line = null;
        for (int i = 0; i < words.size(); i++) {
            PageWord w = words.get(i);
            if (i > 0) text.append(w.line().equals(line) ? " " : "\n");
            line = w.line();
            starts[i] = text.length();
            text.append(w.text());
        }
        List<Redactor.Found> found = new ArrayList<>(Redactor.findMarked(text.toString(), marks));
        if (automatic) found.addAll(Redactor.standard().find(text.toString()));
        int margin = Math.max(2, Math.round(dpi / 40));
        List<Box> boxes = new ArrayList<>();
        for (Redactor.Found f : found) {
            Map<String, Rectangle> byLine = new LinkedHashMap<>();
            for (int i = 0; i < words.size(); i++) {
                int end = starts[i] + words.get(i).text().length();
                if (starts[i] < f.end() && end > f.start())
                    byLine.merge(words.get(i).line(), new Rectangle(words.get(i).box()), Rectangle::union);
            }
            for (Rectangle r : byLine.values()) {
                r.grow(margin, margin);
                boxes.add(new Box(f.kind(), r));
            }
        }
        return boxes;
    }

    /** Adds boxes to those already found, joining a box to one of the same kind it overlaps (one thing, one box). */
    static void merge(List<Box> into, List<Box> more) {
        for (Box b : more) {
            int same = -1;
            for (int i = 0; i < into.size(); i++)
                if (into.get(i).kind() == b.kind() && into.get(i).area().intersects(b.area())) same = i;
            if (same < 0) into.add(b);
            else into.set(same, new Box(b.kind(), into.get(same).area().union(b.area())));
        }
    }
}
