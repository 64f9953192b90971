/**
 * The ports: what the use cases need from storage, search and ingest, as interfaces in core's own terms. Plain
 * Java, no libraries. Adapters (store, search, ingest) implement them and only the app's wiring chooses one, so a
 * server backend can replace the embedded one without touching a use case; every backend of a port must pass the
 * same contract tests, and every write to a store is atomic.
 */
package org.redress.core.port;
