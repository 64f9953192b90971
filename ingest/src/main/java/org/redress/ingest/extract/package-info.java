/**
 * Reading one file with Apache Tika: its type, its text page by page, its metadata, and each embedded item saved as
 * a file of its own to become a document in its turn. Productions hold broken and hostile files, so an extractor
 * never throws for a bad file: it returns a failure with a reason a person understands, and containers are bounded
 * so a zip bomb stops at its allowance.
 */
package org.redress.ingest.extract;
