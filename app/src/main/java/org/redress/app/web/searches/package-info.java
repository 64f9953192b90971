/**
 * The saved searches pages ({@code /searches}: the list with new-hit counts, the review of one search's new hits)
 * and the exports of a search's results (its hits as CSV, its originals as a zip), streamed with no ceiling.
 */
package org.redress.app.web.searches;
