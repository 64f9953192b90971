package org.redress.analysis.deadline;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the law says happens when the agency misses its deadline.
 *
 * @param meaning a short code: DEEMED_DENIED, CONSTRUCTIVE_EXHAUSTION (may sue without appealing),
 *                NOT_STATED, ...
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MissedDeadline(String meaning, String text, String citation, String note) {}
