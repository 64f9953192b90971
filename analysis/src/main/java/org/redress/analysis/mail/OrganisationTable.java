package org.redress.analysis.mail;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.redress.core.UserMistake;
import org.redress.core.casemodel.CaseModelException;
import org.redress.core.casemodel.Level;

/**
 * The case's table of mail domains ({@code organisations.txt}): one line per domain, {@code domain = organisation}
 * with an optional level after the last comma ({@code ero.ice.example = Immigration Agency ERO, field office}); '#'
 * starts a comment. A subdomain belongs to the longest domain listed above it.
 */
public final class OrganisationTable {
    /** What a domain stands for; {@code level} may be null. */
    public record Entry(String domain, String organisation, Level level) {}

    private final Map<String, Entry> byDomain;

    private OrganisationTable(Map<String, Entry> byDomain) {
        this.byDomain = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byDomain));
    }

    public static OrganisationTable empty() {
        return new OrganisationTable(Map.of());
    }

    /** Reads the table; a line it cannot read is a mistake naming the file and line, never a guess. */
    public static OrganisationTable parse(String text, String fileName) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceFirst("#.*$", "").strip();
            if (line.isEmpty()) continue;
            String where = fileName + " line " + (i + 1);
            int eq = line.indexOf('=');
            if (eq < 0) eq = line.indexOf('\t');
            if (eq <= 0 || eq == line.length() - 1) {
                throw new UserMistake(where + ": write 'domain = organisation' or 'domain = organisation, level'");
            }
            String domain =
                    line.substring(0, eq).strip().toLowerCase(Locale.ROOT).replaceFirst("^@", "");
            if (!domain.matches("[a-z0-9.-]+\\.[a-z0-9-]+")) {
                throw new UserMistake(where + ": '" + domain + "' is not a mail domain (like dmv.example.gov)");
            }
            String rest = line.substring(eq + 1).strip();
            Level level = null;
            int comma = rest.lastIndexOf(',');
            if (comma > 0) {
                try {
                    level = Level.fromText(rest.substring(comma + 1));
                    rest = rest.substring(0, comma).strip();
                } catch (CaseModelException notALevel) {
                    level = null; // the comma belongs to the organisation's name
                }
            }
            entries.put(domain, new Entry(domain, rest, level));
        }
        return new OrganisationTable(entries);
    }

    /** The entry for an address's domain or the nearest domain above it; null when none is listed. */
    public Entry lookup(String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        while (true) {
            Entry e = byDomain.get(d);
            if (e != null) return e;
            int dot = d.indexOf('.');
            if (dot < 0) return null;
            d = d.substring(dot + 1);
        }
    }

    /** Every entry, in the order of the file. */
    public java.util.Collection<Entry> entries() {
        return byDomain.values();
    }

    public int size() {
        return byDomain.size();
    }
}
