/**
 * The corpus of a case: sources, documents, pages, the places each document was found, and the files that could not
 * be read. Plain Java, no libraries. A document's identity is the SHA-256 of its original bytes, so the same file
 * arriving twice is one document with two locations and provenance is never lost; a failure is kept with a reason a
 * person understands, because a file that silently vanished from a production is evidence lost.
 */
package org.redress.core.corpus;
