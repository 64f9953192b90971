package org.redress.analysis.deadline;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A reason the statute lets the clock stop, e.g. one request for information under FOIA. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TollingGround(String reason, String citation, String note) {}
