package org.redress.application.marks;

/** What a marking run did: documents marked, and the marks each stage found that were not there before. */
public record MarkingResult(long documentsMarked, long entitiesNew, long exemptionsNew, long flagsNew) {
    static final MarkingResult NONE = new MarkingResult(0, 0, 0, 0);
}
