/**
 * Long work the web starts (an ingest, screening after a change of the watch list) on a thread of its own, one at a
 * time, with a progress meter every page and the JSON API read the same way: how many of how many, pages, pages read
 * by OCR, failures, the rate and the time left.
 */
package org.redress.app.web.background;
