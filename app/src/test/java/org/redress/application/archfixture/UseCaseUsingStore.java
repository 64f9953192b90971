package org.redress.application.archfixture;

/** Breaks the inward rule on purpose: a use case that names an adapter instead of a port. */
public final class UseCaseUsingStore {
    public Class<?> store() {
        return org.redress.store.sqlite.SqliteDocumentStore.class;
    }
}
