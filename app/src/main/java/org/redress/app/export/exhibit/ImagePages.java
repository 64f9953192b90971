package org.redress.app.export.exhibit;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.redress.core.Count;
import org.redress.core.UserMistake;

/** The pages of an image original as they are (a multi-page TIFF has several); their words come from OCR. */
final class ImagePages {
    /** Scans rarely say their resolution reliably; 200 dpi gives a page the size of the paper it was scanned from. */
    static final float ASSUMED_DPI = 200;

    private ImagePages() {}

    static PageImage page(InputStream original, int number) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(original)) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext())
                throw new UserMistake("This image's format cannot be drawn here; nothing was exported");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int count = reader.getNumImages(true);
                if (number > count)
                    throw new UserMistake(
                            "The image has " + Count.of(count, "page", "pages") + "; there is no page " + number);
                BufferedImage read = reader.read(number - 1);
                BufferedImage rgb = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_RGB);
                Graphics2D g = rgb.createGraphics();
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
                g.drawImage(read, 0, 0, null);
                g.dispose();
                return new PageImage(number, rgb, ASSUMED_DPI, List.of());
            } finally {
                reader.dispose();
            }
        }
    }
}
