package org.redress.nlp.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.redress.core.entities.EntityType;

/**
 * Sentences put back together as a page would hold them: tokens joined by a space, sentences by a blank line, with the
 * gold entities as character spans of that text.
 */
public record LabelledText(String text, List<GoldSpan> gold) {

    public static LabelledText of(List<LabelledSentence> sentences) {
        StringBuilder text = new StringBuilder();
        List<GoldSpan> gold = new ArrayList<>();
        for (LabelledSentence s : sentences) {
            if (text.length() > 0) text.append("\n\n");
            int openStart = -1;
            EntityType open = null;
            int lastEnd = text.length();
            for (int i = 0; i < s.tokens().size(); i++) {
                if (i > 0) text.append(' ');
                int start = text.length();
                text.append(s.tokens().get(i));
                String tag = s.tags().get(i);
                boolean inside = tag.startsWith("I-") && open != null && open == typeOf(tag);
                if (!inside && open != null) {
                    gold.add(new GoldSpan(openStart, lastEnd, open));
                    open = null;
                }
                if ((tag.startsWith("B-") || tag.startsWith("I-")) && !inside) {
                    open = typeOf(tag);
                    openStart = start;
                }
                lastEnd = text.length();
            }
            if (open != null) gold.add(new GoldSpan(openStart, lastEnd, open));
        }
        return new LabelledText(text.toString(), List.copyOf(gold));
    }

    private static EntityType typeOf(String tag) {
        return GoldSpan.typeOf(tag.substring(2));
    }
}
