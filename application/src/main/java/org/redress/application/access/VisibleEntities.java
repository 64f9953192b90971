package org.redress.application.access;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.redress.core.entities.Entity;
import org.redress.core.entities.EntitySpan;
import org.redress.core.entities.EntityType;
import org.redress.core.entities.FoundEntity;
import org.redress.core.entities.PageRef;
import org.redress.core.port.EntityStore;

/**
 * The named entities as the acting role may see them: none on a hidden document's pages, no entity that only hidden
 * documents name (a name read only in a privileged letter says what the letter holds), and every count (occurrences,
 * pages, documents; so the facet's order too) of what the role may see: the store counts without the hidden
 * documents. Recognition and the team's decisions go straight through.
 */
final class VisibleEntities implements EntityStore {
    private final EntityStore store;
    private final Visibility visibility;

    VisibleEntities(EntityStore store, Visibility visibility) {
        this.store = store;
        this.visibility = visibility;
    }

    @Override
    public List<PageRef> pagesToRecognise(String version, int limit) {
        return store.pagesToRecognise(version, limit);
    }

    @Override
    public long countPagesToRecognise(String version) {
        return store.countPagesToRecognise(version);
    }

    @Override
    public int savePage(PageRef page, String version, List<FoundEntity> found) {
        return store.savePage(page, version, found);
    }

    @Override
    public List<Entity> entities(EntityType type, boolean includeHidden) {
        return entities(type, includeHidden, Set.of());
    }

    @Override
    public List<Entity> entities(EntityType type, boolean includeHidden, Set<String> excludedDocuments) {
        return store.entities(type, includeHidden, union(excludedDocuments, visibility.hiddenDocuments()));
    }

    @Override
    public Optional<Entity> entity(long id) {
        return entity(id, Set.of());
    }

    @Override
    public Optional<Entity> entity(long id, Set<String> excludedDocuments) {
        Set<String> hidden = visibility.hiddenDocuments();
        Optional<Entity> e = store.entity(id, union(excludedDocuments, hidden));
        return hidden.isEmpty() ? e : e.filter(VisibleEntities::named);
    }

    @Override
    public List<Entity> withName(String key) {
        return withName(key, Set.of());
    }

    @Override
    public List<Entity> withName(String key, Set<String> excludedDocuments) {
        Set<String> hidden = visibility.hiddenDocuments();
        List<Entity> all = store.withName(key, union(excludedDocuments, hidden));
        return hidden.isEmpty()
                ? all
                : all.stream().filter(VisibleEntities::named).toList();
    }

    /** What the caller leaves out, and what the acting role may not reach. */
    private static Set<String> union(Set<String> asked, Set<String> hidden) {
        if (hidden.isEmpty()) return asked;
        if (asked.isEmpty()) return hidden;
        Set<String> all = new HashSet<>(asked);
        all.addAll(hidden);
        return all;
    }

    /** Whether some page the role may see names the entity (an entity only hidden documents name is not there). */
    private static boolean named(Entity e) {
        return e.occurrences() > 0;
    }

    @Override
    public void rename(long id, String name) {
        store.rename(id, name);
    }

    @Override
    public void merge(long into, long from) {
        store.merge(into, from);
    }

    @Override
    public void setHidden(long id, boolean hidden) {
        store.setHidden(id, hidden);
    }

    @Override
    public List<PageRef> pagesMentioning(long entityId) {
        return visibility.visible(store.pagesMentioning(entityId), PageRef::documentId);
    }

    @Override
    public List<EntitySpan> spans(String documentId, int page) {
        return visibility.hides(documentId) ? List.of() : store.spans(documentId, page);
    }

    /** The store belongs to the case; closing a view of it closes nothing. */
    @Override
    public void close() {}
}
