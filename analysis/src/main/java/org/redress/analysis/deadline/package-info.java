/**
 * Statutory deadlines of public-records requests, counted in business or calendar days on a holiday calendar, with
 * tolling. The laws and calendars are JSON data shipped in this package's resources, not code, and a case's own
 * files replace them, so a lawyer can correct a law without a new release; a request is judged by the law version in
 * force on the day it was received, and every {@link org.redress.analysis.deadline.Deadline} carries the provision,
 * start day and skipped holidays it rests on so it can be checked by hand.
 */
package org.redress.analysis.deadline;
