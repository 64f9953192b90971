package org.redress.app.export;

import java.math.BigDecimal;

/**
 * One cell of a CSV that a spreadsheet will open. Text that a spreadsheet would run as a formula (it starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets an apostrophe in front, so Excel,
 * LibreOffice and Google Sheets show it instead of running it: document text is hostile, and a cell such as
 * {@code =HYPERLINK("http://…")} must never become a live link in the case team's spreadsheet.
 * Numbers the application computed (ids, counts, amounts) stay numbers, a negative one included.
 */
public final class SpreadsheetCell {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCell() {}

    /** Text from a document or a user, defused; null is an empty cell. */
    public static String text(String s) {
        if (s == null) return "";
        return !s.isEmpty() && FORMULA_STARTS.indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    /**
     * A cell of any value: a {@link Number} as it is (a negative amount is data, not a formula, and only the
     * application makes numbers), anything else as defused text.
     */
    public static Object of(Object value) {
        if (value instanceof BigDecimal b && b.scale() < 0)
            return b.setScale(0); // 2.5E+3 would be written in E notation
        if (value instanceof Number) return value;
        return text(value == null ? null : value.toString());
    }
}
