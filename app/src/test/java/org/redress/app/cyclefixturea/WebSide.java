package org.redress.app.cyclefixturea;

/** Half of a package cycle inside app, on purpose: the rule against cycles must catch it. */
public final class WebSide {
    public org.redress.app.cyclefixtureb.CliSide other() {
        return new org.redress.app.cyclefixtureb.CliSide();
    }
}
