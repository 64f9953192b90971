/**
 * The case database of a team server: one PostgreSQL database, one schema per named case ({@link
 * org.redress.store.postgres.CaseName}), migrated by Flyway from {@code db/postgres}, and read and written by the same
 * SQL stores as an embedded case ({@code org.redress.store.sqlite}) over a {@link
 * org.redress.store.postgres.PostgresDatabase}.
 */
package org.redress.store.postgres;
