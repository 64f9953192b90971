package org.redress.app.export.exhibit;

import java.awt.Rectangle;

/**
 * A word on a page image, with its box in the image's pixels and the line it is on (words of one line are joined
 * with a space, lines with a line break, so that rules spanning words, "DOB: 03/14/1985", still find them).
 */
record PageWord(String text, Rectangle box, String line) {}
