/**
 * The composition root: the one place where a case's adapters (SQLite, the blob store, Lucene, the isolated ingest
 * readers) are chosen and joined to its use cases. The use cases see only core's ports, so a new backend changes this
 * package and no use case; a case is opened once per command or server, never per HTTP request.
 */
package org.redress.app.wiring;
