/**
 * The team server's search index (issue 13): the pages of a case in an OpenSearch index of their own, with the same
 * English and Spanish analysis as the embedded Lucene index, and the same query language, whose parsed query
 * ({@link org.redress.search.QueryLanguage}) is translated to OpenSearch's query DSL rather than parsed a second time.
 */
package org.redress.search.opensearch;
