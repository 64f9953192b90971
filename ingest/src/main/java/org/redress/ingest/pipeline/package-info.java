/**
 * The ingest pipeline: store original, extract, pages, persist, index, for every input file and everything inside
 * it. Each step is keyed by the SHA-256 of the bytes and is idempotent, so a crash or a re-run over the same folder
 * finishes the work and never duplicates or loses a document; a document is marked indexed only after the index
 * commit that holds it.
 */
package org.redress.ingest.pipeline;
