package org.redress.store.archfixture;

/** Breaks the layer rule on purpose: an adapter reaching into another adapter. */
public final class StoreUsingSearch {
    public String type(String mediaType) {
        return org.redress.search.DocumentTypes.of(mediaType);
    }
}
