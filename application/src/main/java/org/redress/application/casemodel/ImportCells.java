package org.redress.application.casemodel;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the import reads one value: lists in a cell, yes/no in English or Spanish, and a JSON field as text. */
final class ImportCells {
    private ImportCells() {}

    /** The non-blank parts of a cell separated by ';', stripped. */
    static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) return List.of();
        List<String> out = new ArrayList<>();
        for (String s : cell.split(";")) {
            if (!s.isBlank()) out.add(s.strip());
        }
        return out;
    }

    /** yes/no, y/n, true/false, 1/0, sí/si (blank is no); null for anything else. */
    static Boolean yesNo(String v) {
        String s = v == null ? "" : v.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "", "no", "n", "false", "0", "sí" -> s.equals("sí") ? Boolean.TRUE : Boolean.FALSE;
            case "yes", "y", "true", "1", "si" -> Boolean.TRUE;
            default -> null;
        };
    }

    /** A yes/no field; anything else is a problem naming the row and the field, and null. */
    static Boolean yesNo(String where, String field, String value, ImportProblems problems) {
        Boolean b = yesNo(value);
        if (b == null) problems.add(where + ", field " + field + ": '" + value + "' is not yes or no");
        return b;
    }

    /** A JSON field as text; null when absent or null. */
    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
