package org.redress.app.cli.privilege;

import java.util.LinkedHashMap;
import java.util.Map;
import org.redress.core.privilege.PrivilegeMark;
import org.redress.core.privilege.PrivilegedItem;

/** A privilege mark as the commands print it: one line, or JSON. */
final class MarkOutput {
    private MarkOutput() {}

    static Map<String, Object> json(PrivilegeMark m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("target", m.item().target().code());
        out.put("id", m.item().id());
        out.put("kind", m.kind().code());
        out.put("by", m.by());
        out.put("at", m.at().toString());
        out.put("reason", m.reason());
        return out;
    }

    static String line(PrivilegeMark m) {
        String reason = m.reason().isEmpty() ? "" : "  " + m.reason();
        return String.format(
                "%-15s %-8s %s  by %s at %s%s",
                m.kind().code(), m.item().target().code(), shortId(m.item()), m.by(), m.at(), reason);
    }

    private static String shortId(PrivilegedItem item) {
        return item.target() == PrivilegedItem.Target.DOCUMENT ? item.id().substring(0, 12) : item.id();
    }

    static Map<String, Object> item(PrivilegedItem i) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("target", i.target().code());
        out.put("id", i.id());
        return out;
    }
}
