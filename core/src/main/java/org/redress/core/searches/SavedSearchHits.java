package org.redress.core.searches;

/** A saved search with the number of pages it newly matched that nobody has reviewed yet. */
public record SavedSearchHits(SavedSearch search, int newHits) {}
