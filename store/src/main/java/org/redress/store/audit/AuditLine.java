package org.redress.store.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.redress.core.audit.AuditEntry;
import org.redress.core.audit.RecordedEntry;

/**
 * One line of the log: number, time, who, from, action, target, detail, the previous line's hash and this line's
 * hash, separated by tabs. The hash covers every field before it, so a change to any of them, or to the link,
 * shows.
 */
record AuditLine(long number, AuditEntry entry, String previous, String hash) {
    static final String GENESIS = "0".repeat(64);
    private static final int FIELDS = 9;

    static AuditLine chain(long number, AuditEntry entry, String previous) {
        return new AuditLine(number, entry, previous, hashOf(body(number, entry, previous)));
    }

    String text() {
        return body(number, entry, previous) + "\t" + hash;
    }

    /** Whether the stored hash is the hash of what the line says. */
    boolean hashHolds() {
        return hash.equals(hashOf(body(number, entry, previous)));
    }

    RecordedEntry recorded() {
        return new RecordedEntry(number, entry);
    }

    /** The line, or empty when it is not a line of this log at all (cut in half, or written by hand). */
    static Optional<AuditLine> parse(String line) {
        List<String> f = split(line);
        if (f.size() != FIELDS) return Optional.empty();
        try {
            long number = Long.parseLong(f.get(0));
            AuditEntry entry =
                    new AuditEntry(Instant.parse(f.get(1)), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6));
            return Optional.of(new AuditLine(number, entry, f.get(7), f.get(8)));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String body(long number, AuditEntry e, String previous) {
        return String.join(
                "\t",
                Long.toString(number),
                e.at().toString(),
                escape(e.who()),
                escape(e.from()),
                escape(e.action()),
                escape(e.target()),
                escape(e.detail()),
                previous);
    }

    static String hashOf(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    /** Backslash, tab and line breaks written as \\, \t, \n, \r, so every entry stays one line. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                fields.add(b.toString());
                b.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char n = line.charAt(++i);
                b.append(
                        switch (n) {
                            case 't' -> '\t';
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            default -> n;
                        });
            } else {
                b.append(c);
            }
        }
        fields.add(b.toString());
        return fields;
    }
}
