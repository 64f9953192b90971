package org.redress.analysis.retaliation;

/**
 * The first {@code other.knowledge} event naming a subject: the earliest evidence that the agency knew of
 * them. {@code event} and {@code date} are null when no such event exists.
 */
public record KnowledgeDate(String person, String event, String date, String summary) {}
