/**
 * OCR for scanned pages and images: rendering PDF pages to images and reading them with the Tesseract command line,
 * one outside process per page. Tesseract's own threads are switched off because several readers run it at once on
 * the same cores, where its threads would only fight each other (about four times slower).
 */
package org.redress.ingest.ocr;
