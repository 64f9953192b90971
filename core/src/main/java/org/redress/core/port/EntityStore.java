package org.redress.core.port;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.redress.core.entities.Entity;
import org.redress.core.entities.EntitySpan;
import org.redress.core.entities.EntityType;
import org.redress.core.entities.FoundEntity;
import org.redress.core.entities.PageRef;

/**
 * The named entities of a case. Each occurrence on a page points at a surface form (the words, compared as
 * {@link org.redress.core.entities.EntityNames#key}), and each form at a canonical entity: renaming, merging and hiding
 * change entities and forms, never occurrences, so they hold when a page is recognised again. Every write is atomic;
 * a page's occurrences and its "done" mark are written together, which is what makes the stage resumable.
 */
public interface EntityStore extends AutoCloseable {

    /** Pages not yet recognised by this recogniser version (new pages, and all of them after a model change). */
    List<PageRef> pagesToRecognise(String version, int limit);

    long countPagesToRecognise(String version);

    /**
     * Replaces the occurrences on one page with those found, and marks the page done with this version. A form seen for
     * the first time becomes a new entity named as written; a known form lands on its entity (merged, renamed or
     * hidden as it is). Returns how many new entities the page made.
     */
    int savePage(PageRef page, String version, List<FoundEntity> found);

    /** Entities with at least one occurrence, hidden ones only when asked; a null type means every type. */
    default List<Entity> entities(EntityType type, boolean includeHidden) {
        return entities(type, includeHidden, Set.of());
    }

    /**
     * The same, as someone who may not reach {@code excludedDocuments} may know them: counted without the occurrences
     * on those documents, and without the entities only those documents name.
     */
    List<Entity> entities(EntityType type, boolean includeHidden, Set<String> excludedDocuments);

    default Optional<Entity> entity(long id) {
        return entity(id, Set.of());
    }

    /** The entity counted without the occurrences on {@code excludedDocuments} (it may then have none). */
    Optional<Entity> entity(long id, Set<String> excludedDocuments);

    /** Every entity, hidden or not, whose name or one of whose forms has this key. */
    default List<Entity> withName(String key) {
        return withName(key, Set.of());
    }

    /** The same, counted without the occurrences on {@code excludedDocuments} (an entity may then have none). */
    List<Entity> withName(String key, Set<String> excludedDocuments);

    /** Gives the entity a new name; the name becomes one of its forms, so the records' writing of it lands here too. */
    void rename(long id, String name);

    /** Moves every form and occurrence of {@code from} to {@code into}, and forgets {@code from}. */
    void merge(long into, long from);

    void setHidden(long id, boolean hidden);

    /** The pages where an entity occurs, by document and page. */
    List<PageRef> pagesMentioning(long entityId);

    /** The entities marked on one page, in order, hidden ones left out. */
    List<EntitySpan> spans(String documentId, int page);

    @Override
    void close();
}
