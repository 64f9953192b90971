package org.redress.app.web;

import java.util.List;
import java.util.function.Supplier;
import org.redress.application.entities.EntityService;
import org.redress.core.corpus.Page;

/** The named entities on a page (people, organisations, places), each coloured by its type and named canonically. */
final class EntitySpans implements SpanSource {
    private final Supplier<EntityService> entities;

    EntitySpans(Supplier<EntityService> entities) {
        this.entities = entities;
    }

    @Override
    public List<TextSpan> spans(String documentId, Page page, Messages t, String back) {
        return entities.get().spans(documentId, page.number()).stream()
                .filter(s -> s.end() <= page.text().length())
                .map(s -> new TextSpan(
                        s.start(),
                        s.end(),
                        "entity",
                        t.get("entities.type." + s.type().code()) + " · " + s.name(),
                        "entity entity-" + s.type().code(),
                        "entity-" + s.entityId() + "-" + s.start(),
                        null))
                .toList();
    }
}
