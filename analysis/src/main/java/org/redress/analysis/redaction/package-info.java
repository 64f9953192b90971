/**
 * Redaction of personal identifiers in what leaves the case (chronologies, exports): alien registration numbers,
 * Social Security numbers, birth dates, phone numbers (found by libphonenumber, however they are written) and street
 * addresses become labels. Pure text logic; it errs on the side of redacting a person's identifier, while keeping
 * what a court needs to read: years, Bates numbers, statute citations and case numbers.
 */
package org.redress.analysis.redaction;
