package org.redress.app.web.ingest;

import java.util.List;

/**
 * The name an uploaded file is saved under: the browser's name, kept as far as it is safe (its last part only, no
 * folder, no control characters, no leading dots, at most 150 characters), so that the case's provenance still reads
 * as the sender named it. Whatever is inside a zip is the ingest's to handle (it refuses paths that climb out).
 */
final class SafeNames {
    private static final int MAX = 150;

    private SafeNames() {}

    static String of(String submitted) {
        String s = submitted == null ? "" : submitted;
        s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
        StringBuilder out = new StringBuilder();
        s.codePoints()
                .filter(c -> !Character.isISOControl(c) && c != ':' && Character.getType(c) != Character.FORMAT)
                .forEach(out::appendCodePoint);
        String name = out.toString().strip().replaceFirst("^\\.+", "");
        if (name.length() > MAX) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX - ext.length()) + ext;
        }
        return name.isEmpty() ? "upload" : name;
    }

    /** The name, or "2 name", "3 name"… when another file of the same upload already took it. */
    static String unique(String name, List<String> taken) {
        String candidate = name;
        for (int n = 2; taken.contains(candidate); n++) candidate = n + " " + name;
        return candidate;
    }
}
