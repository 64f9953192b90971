package org.redress.analysis.retaliation;

/**
 * One adverse action against one subject, with the latest protected activity that came (or may have come)
 * before it, of the subject and of the subject's organisation, and the days between.
 *
 * <p>Gaps: {@code gapDaysMin == gapDaysMax} when both dates are exact days; otherwise the range of
 * possible gaps; {@code gapDaysMax} null means no upper bound. All prior fields are null when there is no
 * earlier activity. {@code priorCertain} is false when the dates overlap (the same day without times, or
 * an imprecise date), so the activity may not in fact have come first.
 *
 * <p>Knowledge: {@code knowledgeDate} is the earliest evidence that the agency knew of the subject, from the first
 * {@code other.knowledge} event ({@code knowledgeEvent}) or, when earlier and not after the action, the first page of
 * the records that names them ({@code knowledgeDocumentId}, {@code knowledgePage}); one of the two sources is set.
 */
public record ProximityRow(
        String event,
        String person,
        String organisation,
        String date,
        String kind,
        String priorActivity,
        String priorKind,
        String priorDate,
        Long gapDaysMin,
        Long gapDaysMax,
        Boolean priorCertain,
        String orgPriorActivity,
        String orgPriorKind,
        String orgPriorDate,
        Long orgGapDaysMin,
        Long orgGapDaysMax,
        Boolean orgPriorCertain,
        String knowledgeEvent,
        String knowledgeDate,
        String knowledgeDocumentId,
        Integer knowledgePage,
        String summary) {}
