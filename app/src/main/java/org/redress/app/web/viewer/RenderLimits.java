package org.redress.app.web.viewer;

import java.time.Duration;

/**
 * How far the renderer goes for one page: the resolution it aims at, the largest picture it draws (a page of a
 * hostile PDF can claim to be kilometres wide), the largest original it reads into memory, and how long it may take.
 */
public record RenderLimits(int dpi, int maxSide, long maxPixels, long maxOriginalBytes, Duration timeout) {
    /** 150 dpi, at most 2,000 pixels a side and 4 million in all, originals up to 256 MB, 20 seconds a page. */
    public static final RenderLimits DEFAULT =
            new RenderLimits(150, 2000, 4_000_000L, 256L << 20, Duration.ofSeconds(20));

    public RenderLimits {
        if (dpi < 1 || maxSide < 1 || maxPixels < 1 || maxOriginalBytes < 1 || timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("render limits must be positive");
    }

    /** The scale (pixels per unit) that fits a {@code width} × {@code height} page within the limits at {@code perInch}. */
    double scale(double width, double height, double unitsPerInch) {
        double s = dpi / unitsPerInch;
        s = Math.min(s, maxSide / Math.max(width, height));
        s = Math.min(s, Math.sqrt(maxPixels / (width * height)));
        return s;
    }
}
