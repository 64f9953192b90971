package org.redress.app.archfixture.undocumented;

/** Breaks the package-info rule on purpose: this package has no package-info.java. */
public final class Undocumented {}
