package org.redress.core.corpus;

import java.time.Instant;
import java.time.LocalDate;

/** One batch of files received: a production, a witness upload. */
public record Source(long id, String name, LocalDate received, Instant ingestedAt) {}
