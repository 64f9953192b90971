package org.redress.analysis.mail;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Subjects as threads compare them: without the reply and forward marks mailers add in English, Spanish and their
 * neighbours (Re:, RE[2]:, Fwd:, FW:, RV:, Reenviar:, Reenviado:, RES:, AW:, WG:, TR:, SV:, VS:), bracketed tags such
 * as [EXTERNAL], case and spacing.
 */
public final class Subjects {
    private static final Pattern MARK = Pattern.compile(
            "^\\s*(?:\\[[^\\]]{1,40}\\]\\s*)?(re|fwd?|rv|res|reenviar|reenviado|aw|wg|tr|sv|vs|antw|rif|r)"
                    + "\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*[:：]\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TAG = Pattern.compile("^\\s*\\[[^\\]]{1,40}\\]\\s*");

    private Subjects() {}

    /** The subject without its marks, lower-cased; empty when nothing is left. */
    public static String normalised(String subject) {
        if (subject == null) return "";
        String s = subject;
        while (true) {
            Matcher m = MARK.matcher(s);
            if (m.find()) {
                s = s.substring(m.end());
                continue;
            }
            Matcher t = TAG.matcher(s);
            if (t.find() && t.end() < s.length()) {
                s = s.substring(t.end());
                continue;
            }
            break;
        }
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** How a message passed on what it answers: a forward, a reply, or a new message. */
    public static String kind(String subject) {
        if (subject == null) return "message";
        Matcher m = MARK.matcher(subject);
        if (!m.find()) return "message";
        String mark = m.group(1).toLowerCase(Locale.ROOT);
        return switch (mark) {
            case "fw", "fwd", "rv", "reenviar", "reenviado", "wg", "tr" -> "forward";
            default -> "reply";
        };
    }
}
