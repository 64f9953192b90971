package org.redress.store.crypto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redress.core.UserMistake;

/**
 * Reads recovery shares from text as people give them: files, or lines pasted or typed one after another. Each share
 * is its {@code Case/Set/Share/Needs/Key/Check} lines (the BEGIN and END lines may be left out, field names in any
 * case, extra spaces anywhere); the prose around them is skipped. A share that does not hold together is a
 * {@link UserMistake} naming it by its place ("the 2nd share given"), never showing its key.
 */
public final class RecoveryShareReader {
    private static final Pattern FIELD = Pattern.compile("^\\s*([A-Za-z]+)\\s*:\\s*(.*?)\\s*$");
    private static final Pattern OF = Pattern.compile("(?i)(\\d{1,3})\\s*(?:of|/)\\s*(\\d{1,3})");
    private static final List<String> FIELDS = List.of("case", "set", "share", "needs", "key", "check");

    private final List<RecoveryShare> read = new ArrayList<>();
    private Map<String, String> current = new LinkedHashMap<>();

    /** Every share in this text. */
    public static List<RecoveryShare> parse(String text) {
        RecoveryShareReader reader = new RecoveryShareReader();
        for (String line : text.split("\\R", -1)) reader.line(line);
        return reader.finish();
    }

    /** Takes one more line; gives the share it completes, if it does. */
    public Optional<RecoveryShare> line(String line) {
        String trimmed = line.strip();
        if (trimmed.equalsIgnoreCase(RecoveryShare.BEGIN) || trimmed.equalsIgnoreCase(RecoveryShare.END)) {
            if (!current.isEmpty()) throw incomplete();
            return Optional.empty();
        }
        Matcher m = FIELD.matcher(line);
        if (!m.matches()) return Optional.empty();
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (!FIELDS.contains(name)) return Optional.empty();
        if (current.containsKey(name)) throw incomplete();
        current.put(name, m.group(2));
        if (!"check".equals(name)) return Optional.empty();
        RecoveryShare share = complete(current);
        current = new LinkedHashMap<>();
        read.add(share);
        return Optional.of(share);
    }

    /** Every share read; a share begun and not finished is a mistake. */
    public List<RecoveryShare> finish() {
        if (!current.isEmpty()) throw incomplete();
        return List.copyOf(read);
    }

    private RecoveryShare complete(Map<String, String> fields) {
        if (fields.size() != FIELDS.size()) throw incomplete();
        Matcher of = OF.matcher(fields.get("share"));
        if (!of.matches()) throw damaged("its Share line should read like \"2 of 5\"");
        int number = Integer.parseInt(of.group(1));
        int shares = Integer.parseInt(of.group(2));
        String needs = fields.get("needs").strip();
        if (!needs.matches("\\d{1,3}")) throw damaged("its Needs line should be a number");
        int threshold = Integer.parseInt(needs);
        if (number < 1 || number > shares || shares > 255 || threshold < 2 || threshold > shares)
            throw damaged("its numbers do not fit together (share " + number + " of " + shares + ", needs " + threshold
                    + ")");
        byte[] data = ReadableBase32.decode(fields.get("key"), CaseKey.KEY_BYTES)
                .orElseThrow(() ->
                        damaged("its Key line has a character too many, too few, or one that is not" + " in a share"));
        RecoveryShare share = new RecoveryShare(
                ReadableBase32.normalize(fields.get("case")),
                ReadableBase32.normalize(fields.get("set")),
                number,
                shares,
                threshold,
                data);
        if (!share.check().equals(ReadableBase32.normalize(fields.get("check"))))
            throw damaged("it does not match its Check line: a character was mistyped, or the share was changed");
        return share;
    }

    private String place() {
        int n = read.size() + 1;
        String suffix = (n % 100 >= 11 && n % 100 <= 13)
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return "the " + n + suffix + " share given";
    }

    private UserMistake damaged(String why) {
        return new UserMistake("The recovery share is damaged (" + place() + "): " + why + "; nothing was changed");
    }

    private UserMistake incomplete() {
        List<String> missing =
                FIELDS.stream().filter(f -> !current.containsKey(f)).toList();
        return new UserMistake("The recovery share is incomplete (" + place() + "): each share has the lines "
                + "Case, Set, Share, Needs, Key and Check" + (missing.isEmpty() ? "" : "; missing: " + missing)
                + "; nothing was changed");
    }
}
