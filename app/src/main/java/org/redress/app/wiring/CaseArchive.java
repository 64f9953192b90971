package org.redress.app.wiring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.core.corpus.Sha256;
import org.redress.store.config.CaseConfigFiles;
import org.redress.store.sqlite.CaseTables;

/**
 * The case archive (issue 13, moving cases): one case, whichever backend it lives on, as a zip of plain logical
 * entries, read by {@link CaseArchiveImport} into any other. Its entries, in this order:
 *
 * <ul>
 *   <li>{@code tables/TABLE.jsonl}: every row of each table of {@link CaseTables#TABLES}, one JSON object a line,
 *       with its ids;
 *   <li>{@code originals/SHA256}: every original, content-addressed;
 *   <li>{@code config/NAME}: the case's own files (laws, claim templates, lexicon …);
 *   <li>{@code audit.jsonl}: the entries of its audit log, oldest first;
 *   <li>{@code manifest.json}, last: the format and its version, the counts per kind, and each entry's rows, bytes
 *       and SHA-256, so that an import checks the whole archive before it writes anything.
 * </ul>
 */
public final class CaseArchive {
    static final String FORMAT = "redress-case-archive";
    static final int VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String AUDIT = "audit.jsonl";
    static final String TABLES = "tables/";
    static final String ORIGINALS = "originals/";
    static final String CONFIG = "config/";

    /** The kinds a person counts a case by, and the table (or entry) each is counted in. */
    static final Map<String, String> KINDS = kinds();

    private CaseArchive() {}

    /** One entry as the manifest lists it; {@code rows} is the number of lines of a JSON-lines entry, else 0. */
    public record Entry(String name, long rows, long bytes, String sha256) {}

    /** What the manifest says: the case it came from, its counts per kind and its entries. */
    public record Manifest(
            String format,
            int version,
            String source,
            String exportedAt,
            Map<String, Long> counts,
            List<Entry> entries) {}

    static String tableEntry(String table) {
        return TABLES + table + ".jsonl";
    }

    /** Whether {@code name} is an entry this version writes; anything else (a path climbing out, a guess) is not. */
    static boolean known(String name) {
        if (name.equals(AUDIT)) return true;
        if (name.startsWith(TABLES))
            return CaseTables.TABLES.stream().anyMatch(t -> tableEntry(t).equals(name));
        if (name.startsWith(ORIGINALS)) return Sha256.isHex(name.substring(ORIGINALS.length()));
        if (name.startsWith(CONFIG)) {
            try {
                CaseConfigFiles.requireName(name.substring(CONFIG.length()));
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }
        return false;
    }

    /** The counts per kind, from the manifest's entries. */
    static Map<String, Long> counts(List<Entry> entries) {
        Map<String, Long> counts = new LinkedHashMap<>();
        KINDS.forEach((kind, entry) -> counts.put(kind, 0L));
        for (Entry e : entries) {
            for (Map.Entry<String, String> k : KINDS.entrySet())
                if (e.name().equals(k.getValue())) counts.put(k.getKey(), e.rows());
            if (e.name().startsWith(ORIGINALS)) counts.merge("originals", 1L, Long::sum);
        }
        return counts;
    }

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("documents", tableEntry("documents"));
        kinds.put("pages", tableEntry("pages"));
        kinds.put("mentions", tableEntry("mentions"));
        kinds.put("people", tableEntry("cm_people"));
        kinds.put("events", tableEntry("cm_events"));
        kinds.put("citations", tableEntry("cm_citations"));
        kinds.put("claims", tableEntry("cm_claims"));
        kinds.put("findings", tableEntry("cm_findings"));
        kinds.put("requests", tableEntry("requests"));
        kinds.put("audit", AUDIT);
        kinds.put("originals", ORIGINALS);
        return kinds;
    }
}
