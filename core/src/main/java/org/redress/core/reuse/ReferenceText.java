package org.redress.core.reuse;

import java.util.List;
import org.redress.core.corpus.Page;

/** The whole text of a reference document: its pages joined by a form feed, the text reference offsets count in. */
public final class ReferenceText {
    public static final String PAGE_BREAK = "\f";

    private ReferenceText() {}

    public static String of(List<Page> pages) {
        StringBuilder b = new StringBuilder();
        for (Page p : pages) {
            if (b.length() > 0) b.append(PAGE_BREAK);
            b.append(p.text());
        }
        return b.toString();
    }
}
