package org.redress.analysis.redaction;

/** Where an identifier is in a text: {@code [start, end)}. */
record Span(int start, int end) {}
