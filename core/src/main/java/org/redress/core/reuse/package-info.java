/**
 * Text reuse: the group's own material (reference sources: posts, flyers, testimony, and private notes of closed
 * meetings) and the passages of agency records that quote it, verbatim, OCR-damaged, or reworded. A match is stored
 * as offsets in both texts, never as the words. Plain Java, no libraries.
 */
package org.redress.core.reuse;
