package org.redress.application.marks;

/**
 * A mark as the document page draws it over the page's text: {@code [start, end)}, its kind ({@code exemption},
 * {@code flag}, {@code email} …) and a short label ({@code (b)(6)}, {@code illegals (immigration-slur)},
 * {@code plate (VT)}). The label names the rule, never the words found.
 */
public record PageSpan(int start, int end, String kind, String label) {}
