/**
 * The embedded search index of a case: Lucene, one index document per page so every hit is citable, with English
 * and Spanish analysis that folds accents, the query language investigators know, facets and marked snippets. The
 * index is derived from the store and can always be rebuilt from it; snippets leave escaping to whoever renders them.
 */
package org.redress.search;
