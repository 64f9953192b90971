package org.redress.analysis.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A mail address, lower-cased, with the display name written beside it (null when none). */
public record Address(String address, String name) {
    private static final Pattern BRACKETED = Pattern.compile("<\\s*(?:mailto:)?([^<>\\s]+@[^<>\\s]+?)\\s*>");
    // An apostrophe belongs to a local part (o'connell@); the domain has none.
    private static final Pattern BARE = Pattern.compile("[^\\s<>,;:\"()\\[\\]]+@[^\\s<>,;:\"'()\\[\\]]+");

    public Address {
        address = address.strip().toLowerCase(Locale.ROOT);
        name = name == null
                ? null
                : name.strip().replaceAll("^[\"']+|[\"']+$", "").strip();
        if (name != null && (name.isEmpty() || name.equalsIgnoreCase(address))) name = null;
    }

    /** The domain after the @ ("dmv.example.gov"). */
    public String domain() {
        return address.substring(address.lastIndexOf('@') + 1);
    }

    /**
     * The addresses in a header as stored ("Ana Ruiz <ana@x.gov>", "bob@y.org", "\"Ruiz, Ana\" <ana@x.gov>, b@y.org",
     * "b@y.org (Bob)"); text with no address in it (an Exchange path, "undisclosed-recipients:;") gives none.
     */
    public static List<Address> parse(String header) {
        List<Address> out = new ArrayList<>();
        if (header == null || header.isBlank()) return out;
        for (String item : items(header)) {
            Matcher b = BRACKETED.matcher(item);
            if (b.find()) {
                out.add(new Address(b.group(1), item.substring(0, b.start())));
                continue;
            }
            Matcher m = BARE.matcher(item);
            while (m.find()) {
                String rest = item.substring(m.end()).strip();
                String name =
                        rest.startsWith("(") && rest.indexOf(')') > 0 ? rest.substring(1, rest.indexOf(')')) : null;
                out.add(new Address(m.group(), name));
            }
        }
        return out;
    }

    /** The header cut at commas and semicolons outside quotes, brackets and parentheses. */
    private static List<String> items(String header) {
        List<String> items = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        int depth = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && (c == '<' || c == '(')) depth++;
            else if (!quoted && (c == '>' || c == ')') && depth > 0) depth--;
            if (!quoted && depth == 0 && (c == ',' || c == ';' || c == '\n')) {
                items.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        items.add(cur.toString());
        return items.stream().filter(s -> !s.isBlank()).toList();
    }
}
