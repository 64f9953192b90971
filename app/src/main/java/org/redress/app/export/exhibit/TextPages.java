package org.redress.app.export.exhibit;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.redress.app.export.PdfFonts;

/**
 * A text-only page (an email, a spreadsheet, a text file) drawn as a letter-size page image from the text the case
 * stored for it, in Liberation Sans; the words' boxes are known exactly because they were drawn here. Text that does
 * not fit goes on to another image of the same document page.
 */
final class TextPages {
    static final float DPI = 200;
    private static final int WIDTH = Math.round(8.5f * DPI);
    private static final int HEIGHT = Math.round(11f * DPI);
    private static final int MARGIN = Math.round(DPI);
    private static final float POINTS = 11;
    private static final Font FONT = font().deriveFont(POINTS * DPI / 72f);

    private TextPages() {}

    static List<PageImage> draw(int documentPage, String text) {
        List<PageImage> images = new ArrayList<>();
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D pg = probe.createGraphics();
        FontMetrics metrics = pg.getFontMetrics(FONT);
        pg.dispose();
        int lineHeight = Math.round(metrics.getHeight() * 1.2f);
        int space = metrics.charWidth(' ');
        List<List<PageWord>> pages = new ArrayList<>();
        List<PageWord> words = new ArrayList<>();
        int y = MARGIN + metrics.getAscent();
        int lineNumber = 0;
        String composed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
                .replace("\t", "    ");
        for (String line : composed.split("\\R", -1)) {
            int x = MARGIN;
            for (String word : line.strip().split("\\s+")) {
                if (word.isEmpty()) continue;
                int width = metrics.stringWidth(word);
                if (x > MARGIN && x + width > WIDTH - MARGIN) {
                    x = MARGIN;
                    y += lineHeight;
                    lineNumber++;
                }
                if (y + metrics.getDescent() > HEIGHT - MARGIN) {
                    pages.add(words);
                    words = new ArrayList<>();
                    y = MARGIN + metrics.getAscent();
                }
                Rectangle box =
                        new Rectangle(x, y - metrics.getAscent(), width, metrics.getAscent() + metrics.getDescent());
                words.add(new PageWord(word, box, "drawn " + lineNumber));
                x += width + space;
            }
            y += lineHeight;
            lineNumber++;
        }
        pages.add(words);
        for (List<PageWord> pageWords : pages)
            images.add(new PageImage(documentPage, paint(pageWords), DPI, pageWords));
        return images;
    }

    private static BufferedImage paint(List<PageWord> words) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(FONT);
        int ascent = g.getFontMetrics().getAscent();
        for (PageWord w : words) g.drawString(w.text(), w.box().x, w.box().y + ascent);
        g.dispose();
        return image;
    }

    private static Font font() {
        try (InputStream in = PdfFonts.regularTrueType()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Liberation Sans cannot be read", e);
        }
    }
}
