/**
 * Named entities as use cases: the recognition stage (resumable, page by page, in each document's language) and the
 * team's decisions on entities (rename, merge, hide), with what other features read of them: the pages that mention
 * an entity, the counts for a facet, the spans on a page.
 */
package org.redress.application.entities;
