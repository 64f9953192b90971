/**
 * Exhibits with the redactions burned in: a document's pages as images, identifiers and marked text painted over in
 * the pixels, a new text layer read by OCR from the redacted images only, Bates numbers stamped, no metadata, and a
 * log of what was redacted where (never the text itself). Nothing of the original's text or structure is copied into
 * the exhibit, so nothing redacted can be recovered from it.
 */
package org.redress.app.export.exhibit;
