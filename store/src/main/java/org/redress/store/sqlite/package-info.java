/**
 * The embedded stores of a case in one SQLite file (corpus, case model, records requests), migrated by Flyway and
 * read through Jdbi, so a case needs nothing installed but a JDK. Every write is one transaction, and these stores
 * pass the same contract tests as any other backend of core's ports.
 */
package org.redress.store.sqlite;
