/**
 * Chain of custody: the signed manifest of each source, written when it is taken in, that lists every original
 * (and every child extracted from a container) by SHA-256 and size, with when, by whom and for which request it
 * arrived. Plain Java, no libraries. A manifest is never changed: a later run that adds files writes a new version
 * that names the one before it, so the history of a source can be shown in court.
 */
package org.redress.core.custody;
