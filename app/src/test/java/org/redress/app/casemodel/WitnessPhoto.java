package org.redress.app.casemodel;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A small photo a witness could take: a white card with a line of large print (a plate, a badge) on it. */
public final class WitnessPhoto {
    private WitnessPhoto() {}

    public static Path png(Path file, String text) throws IOException {
        BufferedImage image = new BufferedImage(900, 260, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
        g.drawString(text, 60, 160);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
