package org.redress.app.web;

import java.text.Normalizer;
import java.util.Collection;

/**
 * The name an uploaded file is saved under, for every upload (a production, a witness's photos): the browser's name,
 * kept as far as it is safe so the provenance still reads as the sender named it. Its last part only (no
 * {@code ../}, no {@code C:\}), composed accents, no control, format or shell characters (they become {@code _}), no
 * leading dot, at most {@value #MAX} characters with its extension kept.
 */
public final class UploadNames {
    private static final int MAX = 150;

    private UploadNames() {}

    /** The safe name of {@code sent}; {@code fallback} where nothing of it is left. */
    public static String of(String sent, String fallback) {
        String name = sent == null ? "" : sent;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[^\\p{L}\\p{M}\\p{N} ._()\\[\\]+,'#&@!=~-]", "_")
                .replaceAll("\\s+", " ")
                .replaceAll("^[ .]+", "")
                .strip();
        if (name.length() > MAX) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX - ext.length()) + ext;
        }
        return name.isEmpty() || name.chars().allMatch(ch -> ch == '_') ? fallback : name;
    }

    /** The name, or "2 name", "3 name"… when another file of the same upload already took it. */
    public static String unique(String name, Collection<String> taken) {
        String candidate = name;
        for (int n = 2; taken.contains(candidate); n++) candidate = n + " " + name;
        return candidate;
    }
}
