/**
 * The document viewer's server side, free of HTTP: a page of an original (a PDF page, an image) drawn as a PNG within
 * limits a hostile file cannot break ({@link org.redress.app.web.viewer.PageRenderer}), the bounded, timed and cached
 * service the web layer asks for it ({@link org.redress.app.web.viewer.PageImages}), and where a cited quote stands in
 * a page's text ({@link org.redress.app.web.viewer.QuoteFinder}). Rendered images live in memory only, so an
 * encrypted case never has a plain picture of its pages on disk.
 */
package org.redress.app.web.viewer;
