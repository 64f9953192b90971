package org.redress.core.casemodel;

import java.util.Locale;
import java.util.Map;

/**
 * Where in an agency an official (or a mail domain) sits: how far up knowledge of a subject went. The order is the
 * chain of command, field office lowest; another agency is beside it, not above.
 */
public enum Level {
    FIELD_OFFICE("field-office", "field office"),
    AREA_OFFICE("area-office", "area or regional office"),
    HEADQUARTERS("headquarters", "headquarters"),
    OTHER_AGENCY("other-agency", "another agency");

    private static final Map<String, Level> SPELLINGS = Map.ofEntries(
            Map.entry("field office", FIELD_OFFICE),
            Map.entry("field", FIELD_OFFICE),
            Map.entry("fo", FIELD_OFFICE),
            Map.entry("local office", FIELD_OFFICE),
            Map.entry("resident office", FIELD_OFFICE),
            Map.entry("oficina local", FIELD_OFFICE),
            Map.entry("oficina de campo", FIELD_OFFICE),
            Map.entry("area office", AREA_OFFICE),
            Map.entry("area", AREA_OFFICE),
            Map.entry("regional office", AREA_OFFICE),
            Map.entry("regional", AREA_OFFICE),
            Map.entry("region", AREA_OFFICE),
            Map.entry("area or regional office", AREA_OFFICE),
            Map.entry("area regional office", AREA_OFFICE),
            Map.entry("district office", AREA_OFFICE),
            Map.entry("district", AREA_OFFICE),
            Map.entry("oficina regional", AREA_OFFICE),
            Map.entry("headquarters", HEADQUARTERS),
            Map.entry("head quarters", HEADQUARTERS),
            Map.entry("hq", HEADQUARTERS),
            Map.entry("head office", HEADQUARTERS),
            Map.entry("national office", HEADQUARTERS),
            Map.entry("sede central", HEADQUARTERS),
            Map.entry("oficinas centrales", HEADQUARTERS),
            Map.entry("other agency", OTHER_AGENCY),
            Map.entry("another agency", OTHER_AGENCY),
            Map.entry("outside agency", OTHER_AGENCY),
            Map.entry("agency", OTHER_AGENCY),
            Map.entry("otra agencia", OTHER_AGENCY));

    private final String code;
    private final String words;

    Level(String code, String words) {
        this.code = code;
        this.words = words;
    }

    /** The code in files and JSON: field-office, area-office, headquarters, other-agency. */
    public String code() {
        return code;
    }

    /** The level in plain English, as a sentence uses it ("named at headquarters"). */
    public String words() {
        return words;
    }

    /** True for the levels of one agency's chain of command (not another agency). */
    public boolean inChain() {
        return this != OTHER_AGENCY;
    }

    /**
     * Reads a level as people type it: "HQ", "Field Office", "field_office", "regional", "another agency", and the
     * Spanish "sede central" or "oficina regional"; blank is no level (null).
     */
    public static Level fromText(String text) {
        if (text == null || text.isBlank()) return null;
        String k = text.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[-_./]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        Level level = SPELLINGS.get(k);
        if (level == null) level = SPELLINGS.get(k.replaceFirst("^(the|an?|la|el) ", ""));
        if (level == null) {
            throw new CaseModelException("'" + text.strip()
                    + "' is not a level: use field office, area office (or regional), headquarters or other agency");
        }
        return level;
    }
}
