package org.redress.app.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.application.entities.EntityRecognition;
import org.redress.core.entities.Entity;
import org.redress.core.entities.EntitySpan;

/** The JSON of entities, as {@code redress entities} prints them (and the web will serve them). */
public final class EntityJson {
    private EntityJson() {}

    public static Map<String, Object> entity(Entity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("type", e.type().code());
        m.put("name", e.name());
        m.put("hidden", e.hidden());
        m.put("forms", e.forms());
        m.put("occurrences", e.occurrences());
        m.put("pages", e.pages());
        m.put("documents", e.documents());
        return m;
    }

    public static Map<String, Object> list(List<Entity> entities) {
        return Map.of("entities", entities.stream().map(EntityJson::entity).toList());
    }

    public static Map<String, Object> span(EntitySpan s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", s.start());
        m.put("end", s.end());
        m.put("type", s.type().code());
        m.put("name", s.name());
        m.put("entityId", s.entityId());
        return m;
    }

    /** The stage's summary: pagesRecognised, pagesFailed, pagesLeft, occurrences, entitiesNew, seconds, recogniser. */
    public static Map<String, Object> summary(EntityRecognition.Summary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pagesRecognised", s.pagesRecognised());
        m.put("pagesFailed", s.pagesFailed());
        m.put("pagesLeft", s.pagesLeft());
        m.put("occurrences", s.occurrences());
        m.put("entitiesNew", s.entitiesNew());
        m.put("seconds", Math.round(s.seconds() * 10) / 10.0);
        m.put("recogniser", s.recogniser());
        return m;
    }
}
