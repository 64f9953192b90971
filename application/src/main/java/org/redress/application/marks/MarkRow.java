package org.redress.application.marks;

/** One mark as {@code redress marks list --json} prints it. */
public record MarkRow(
        String id,
        String documentId,
        String path,
        int page,
        int start,
        int end,
        String kind,
        String code,
        String label,
        String value) {}
