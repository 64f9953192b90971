package org.redress.app.export.exhibit;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * One page of an exhibit before redaction: its image (RGB), at what resolution, which page of the document it shows,
 * and the words known to be on it from the document itself (a PDF's text layer, the text a text-only page was drawn
 * from); OCR adds its own words later.
 *
 * @param documentPage the page of the document, from 1
 * @param dpi pixels per inch of the image, which gives the exhibit page its size
 */
record PageImage(int documentPage, BufferedImage image, float dpi, List<PageWord> knownWords) {}
