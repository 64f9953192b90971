/**
 * Search as the use cases see it: the query a person types, the hits with their page and snippet, the facet counts.
 * Plain Java, no libraries; Lucene stays in the search module. Document text is hostile, so a
 * {@link org.redress.core.search.Snippet} is kept as plain segments rather than markup and each renderer escapes it
 * for its own medium ({@link org.redress.core.search.Html} for the web).
 */
package org.redress.core.search;
