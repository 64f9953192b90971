/**
 * Saved searches: save a query with its filters, run every saved search again after a production (standing, like
 * screening), count and list the pages each newly matches, and mark them reviewed.
 */
package org.redress.application.searches;
