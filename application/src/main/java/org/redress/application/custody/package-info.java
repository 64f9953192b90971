/**
 * The chain-of-custody use cases: recording a signed manifest of a source when an ingest run of it finishes
 * ({@link org.redress.application.custody.CustodyIngester} around any ingester), checking every original and
 * manifest of a case ({@link org.redress.application.custody.CustodyCheck}), and finding the manifest a declaration
 * cites. Written against the ports only; the key and the files are the wiring's choice.
 */
package org.redress.application.custody;
