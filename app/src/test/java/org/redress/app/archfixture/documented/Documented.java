package org.redress.app.archfixture.documented;

/** A class in a package that has its package-info (a test class, so the real import leaves it out). */
public final class Documented {}
