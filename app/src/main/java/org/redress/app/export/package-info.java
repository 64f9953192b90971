/**
 * The files that leave the case: the chronology as CSV, JSON, Word and PDF, the timeline chart as SVG and PNG, the
 * deadlines as iCalendar, the requests as CSV, and request letters. Their text comes from documents and imports and
 * is hostile, so each format escapes it for its own medium (XML in the SVG, RFC 5545 in the calendar, formula
 * prefixes in CSV); the web serves the documents as downloads and shows the chart only as an image.
 */
package org.redress.app.export;
