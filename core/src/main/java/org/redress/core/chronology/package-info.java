/**
 * Dates, kinds and people as the retaliation analyses read them. Plain Java, no libraries. An
 * {@link org.redress.core.chronology.EventDate} carries its precision (a day, a month, "around", "before", a range)
 * because evidence rarely gives an exact day, and an analysis must never treat a remembered date as exact; an
 * event's kind carries its category (protected, adverse, other), which alone decides how the analyses treat it.
 */
package org.redress.core.chronology;
