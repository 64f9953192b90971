package org.redress.core.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The exemptions an agency claimed for a production, as written: {@code (b)(6)}, {@code (b)(7)(C)}, a state
 * statute's {@code § 317(c)(7)}. Each is kept once, in the order first given.
 */
public record ExemptionList(List<String> marks) {

    private static final String FIELD = "exemptions";
    /** Letters, digits, brackets, dots, the section sign, spaces and hyphens; never a separator. */
    private static final Pattern MARK = Pattern.compile("[\\p{L}\\p{N}().§ \\-]{1,40}");

    public static final ExemptionList NONE = new ExemptionList(List.of());

    public ExemptionList {
        List<String> kept = new ArrayList<>();
        for (String mark : marks == null ? List.<String>of() : marks) {
            String m = mark == null ? "" : mark.trim();
            if (!MARK.matcher(m).matches()) {
                throw new InvalidRequestException(
                        FIELD, "'" + m + "' does not look like an exemption such as (b)(6) or (b)(7)(C)");
            }
            if (!kept.contains(m)) {
                kept.add(m);
            }
        }
        marks = List.copyOf(kept);
    }

    /** {@code (b)(6);(b)(7)(C)} or {@code (b)(6), (b)(7)(C)} into its marks; blank text and empty items are none. */
    public static ExemptionList parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        List<String> marks = new ArrayList<>();
        for (String part : text.split("[;,]")) {
            if (!part.trim().isEmpty()) {
                marks.add(part);
            }
        }
        return new ExemptionList(marks);
    }

    public boolean isEmpty() {
        return marks.isEmpty();
    }

    /** The marks joined by {@code "; "}, the form {@link #parse} reads back. */
    public String text() {
        return String.join("; ", marks);
    }
}
