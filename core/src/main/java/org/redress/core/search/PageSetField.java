package org.redress.core.search;

import java.util.Map;
import java.util.Set;

/**
 * A field of the query language whose pages come from a store outside the index: {@code person:"NAME"} (the pages
 * naming a watched person, from the mentions), later {@code entity:"NAME"}. The index turns {@code name:"value"}
 * into a filter on those pages, combines it with the rest of the query as any other clause, and counts a facet of
 * the same name over {@link #values()}. An implementation answers from its own store; it never sees the index.
 */
public interface PageSetField {

    /** The field's name in the query language and in the facets, lower case ({@code person}). */
    String name();

    /**
     * The pages the typed value names. A value that names nothing the case knows is the user's mistake
     * ({@link org.redress.core.UserMistake}); the message must not repeat the value when it could be sensitive.
     */
    Set<PageRef> pages(String value);

    /** Every value with the pages it names (values naming none may be left out): what the facet counts. */
    Map<String, Set<PageRef>> values();
}
