package org.redress.app.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.core.audit.AuditCheck;
import org.redress.core.audit.RecordedEntry;

/** The audit log as {@code redress audit --json} prints it, and what {@code audit verify --json} found. */
public final class AuditJson {
    private AuditJson() {}

    public static Map<String, Object> entries(List<RecordedEntry> entries) {
        return Map.of("entries", entries.stream().map(AuditJson::entry).toList());
    }

    /** One entry, as {@code audit --json} prints it and a case archive's {@code audit.jsonl} holds it. */
    public static Map<String, Object> entry(RecordedEntry r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", r.number());
        m.put("at", r.entry().at().toString());
        m.put("who", r.entry().who());
        m.put("from", r.entry().from());
        m.put("action", r.entry().action());
        m.put("target", r.entry().target());
        m.put("detail", r.entry().detail());
        return m;
    }

    public static Map<String, Object> check(AuditCheck c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("intact", c.isIntact());
        m.put("entries", c.entries());
        m.put("firstBad", c.firstBad() == 0 ? null : c.firstBad());
        m.put("problem", c.isIntact() ? null : c.problem());
        return m;
    }
}
