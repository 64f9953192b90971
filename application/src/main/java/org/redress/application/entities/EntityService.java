package org.redress.application.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.redress.core.NotFound;
import org.redress.core.UserMistake;
import org.redress.core.entities.Entity;
import org.redress.core.entities.EntityNames;
import org.redress.core.entities.EntitySpan;
import org.redress.core.entities.EntityType;
import org.redress.core.entities.PageRef;
import org.redress.core.port.EntityStore;

/**
 * The case team's decisions on entities, and what the rest of Redress reads of them. An entity is named by its id or
 * by its name (case, accents and spacing ignored; one of its forms will do). Messages never repeat a name: names come
 * from the records.
 */
public final class EntityService {
    private final EntityStore store;

    public EntityService(EntityStore store) {
        this.store = store;
    }

    /** Entities found in the corpus, by name; hidden ones only when asked. A null type is every type. */
    public List<Entity> list(EntityType type, boolean includeHidden) {
        return store.entities(type, includeHidden);
    }

    /** The entity an id or a name stands for, of the given type when one is given (null: any type). */
    public Entity find(String ref, EntityType type) {
        String r = ref == null ? "" : ref.strip();
        if (r.isEmpty()) throw new UserMistake("say which entity: its id or its name (see: redress entities list)");
        if (r.chars().allMatch(Character::isDigit) && r.length() < 18) {
            Entity e = store.entity(Long.parseLong(r)).orElseThrow(() -> new NotFound("there is no entity " + r));
            if (type != null && e.type() != type) throw new NotFound("entity " + r + " is not a " + type.code());
            return e;
        }
        String key = EntityNames.key(r);
        List<Entity> named = store.withName(key).stream()
                .filter(e -> type == null || e.type() == type)
                .toList();
        List<Entity> exact = named.stream()
                .filter(e -> EntityNames.key(e.name()).equals(key))
                .toList();
        List<Entity> candidates = exact.isEmpty() ? named : exact;
        if (candidates.isEmpty()) {
            throw new NotFound("no entity has that name" + (type == null ? "" : " among the " + type.code() + "s")
                    + " (see: redress entities list)");
        }
        if (candidates.size() > 1) {
            throw new UserMistake("that name is held by " + candidates.size() + " entities: "
                    + candidates.stream()
                            .map(e -> e.id() + " (" + e.type().code() + ")")
                            .collect(Collectors.joining(", "))
                    + "; give the id, or --type");
        }
        return candidates.get(0);
    }

    /** Gives an entity a new name; where the records write that name, it lands on this entity from now on. */
    public Entity rename(String ref, EntityType type, String newName) {
        Entity e = find(ref, type);
        String name = newName == null ? "" : EntityNames.display(newName);
        if (EntityNames.key(name).isEmpty()) throw new UserMistake("the new name is empty");
        for (Entity other : store.withName(EntityNames.key(name))) {
            if (other.id() != e.id()
                    && other.type() == e.type()
                    && EntityNames.key(other.name()).equals(EntityNames.key(name))) {
                throw new UserMistake(
                        "entity " + other.id() + " already has that name; to make them one: redress entities "
                                + "merge " + other.id() + " " + e.id());
            }
        }
        store.rename(e.id(), name);
        return store.entity(e.id()).orElseThrow();
    }

    /**
     * Makes entities one: every form and occurrence of the others moves to the first, which keeps its name, type and
     * visibility. The records' writings of the others land on it when pages are recognised again.
     */
    public Entity merge(String intoRef, List<String> otherRefs, EntityType type) {
        if (otherRefs.isEmpty()) throw new UserMistake("say which entities to merge into the first: at least two");
        Entity into = find(intoRef, type);
        Set<Long> others = new LinkedHashSet<>();
        for (String ref : otherRefs) {
            Entity other = find(ref, type);
            if (other.id() == into.id()) throw new UserMistake("entity " + into.id() + " cannot be merged into itself");
            others.add(other.id());
        }
        for (long id : others) store.merge(into.id(), id);
        return store.entity(into.id()).orElseThrow();
    }

    /** Hides an entity from lists, facets and page marks (or shows it again); its occurrences are kept. */
    public Entity hide(String ref, EntityType type, boolean hidden) {
        Entity e = find(ref, type);
        store.setHidden(e.id(), hidden);
        return store.entity(e.id()).orElseThrow();
    }

    /**
     * The pages that mention an entity, by its canonical name (as an {@code entity:"NAME"} filter reads it): every
     * entity not hidden whose name has this key, whatever its type, by document and page. Empty when none.
     */
    public List<PageRef> pagesMentioning(String canonicalName) {
        String key = EntityNames.key(canonicalName == null ? "" : canonicalName);
        if (key.isEmpty()) return List.of();
        Set<PageRef> pages = new LinkedHashSet<>();
        for (Entity e : store.withName(key)) {
            if (!e.hidden() && EntityNames.key(e.name()).equals(key)) pages.addAll(store.pagesMentioning(e.id()));
        }
        List<PageRef> sorted = new ArrayList<>(pages);
        sorted.sort(Comparator.comparing(PageRef::documentId).thenComparingInt(PageRef::page));
        return sorted;
    }

    /** One line of an entity facet: a canonical name and the number of pages it is on. */
    public record FacetCount(long id, EntityType type, String name, int pages) {}

    /** The entities on most pages first (not hidden), at most {@code limit}; a null type is every type. */
    public List<FacetCount> facet(EntityType type, int limit) {
        return store.entities(type, false).stream()
                .sorted(Comparator.comparingInt(Entity::pages).reversed().thenComparing(e -> EntityNames.key(e.name())))
                .limit(limit)
                .map(e -> new FacetCount(e.id(), e.type(), e.name(), e.pages()))
                .toList();
    }

    /** The entities on page {@code page} of a document, as spans for the page's marks (hidden ones left out). */
    public List<EntitySpan> spans(String documentId, int page) {
        return store.spans(documentId, page);
    }
}
