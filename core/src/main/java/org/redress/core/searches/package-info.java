/**
 * Saved searches: a query with its filters kept under a name, run again after each production so that the pages it
 * newly matches can be reviewed (the standing screening that the home page announces).
 */
package org.redress.core.searches;
