package org.redress.app.export.exhibit;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.redress.core.Count;
import org.redress.core.UserMistake;

/** The pages of a document an exhibit shows, as people write them: "3", "3-5", "1,3-5,9" (spaces allowed). */
public final class PageRange {
    private PageRange() {}

    /** The page numbers, in order, each once; every page when {@code text} is null. */
    public static List<Integer> parse(String text, int pageCount) {
        if (pageCount < 1) throw new UserMistake("The document has no pages to show");
        List<Integer> all = new ArrayList<>();
        if (text == null || text.isBlank()) {
            for (int p = 1; p <= pageCount; p++) all.add(p);
            return all;
        }
        TreeSet<Integer> pages = new TreeSet<>();
        for (String part : text.split(",")) {
            String p = part.strip().replace('–', '-');
            if (!p.matches("\\d{1,6}(\\s*-\\s*\\d{1,6})?"))
                throw new UserMistake("--pages '" + text + "': write pages as 3, 3-5 or 1,3-5");
            String[] ends = p.split("\\s*-\\s*");
            int from = Integer.parseInt(ends[0]);
            int to = ends.length > 1 ? Integer.parseInt(ends[1]) : from;
            if (from < 1 || to < from)
                throw new UserMistake("--pages '" + text + "': " + p + " is not a range of pages");
            if (to > pageCount)
                throw new UserMistake(
                        "--pages '" + text + "': the document has " + Count.of(pageCount, "page", "pages"));
            for (int n = from; n <= to; n++) pages.add(n);
        }
        return new ArrayList<>(pages);
    }
}
