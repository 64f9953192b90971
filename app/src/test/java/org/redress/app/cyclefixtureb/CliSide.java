package org.redress.app.cyclefixtureb;

/** The other half of the package cycle of {@link org.redress.app.cyclefixturea.WebSide}. */
public final class CliSide {
    public org.redress.app.cyclefixturea.WebSide other() {
        return new org.redress.app.cyclefixturea.WebSide();
    }
}
