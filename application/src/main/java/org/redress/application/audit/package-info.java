/**
 * Recording and reading the audit trail. {@link org.redress.application.audit.AuditTrail} is the one recorder: the
 * web route table and the command line's execution hook hand it an {@link org.redress.application.audit.AuditNote}
 * after every operation on case data succeeds, so no handler or command writes the log itself.
 */
package org.redress.application.audit;
