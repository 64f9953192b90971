/**
 * The audit trail of a case: who viewed, searched, exported, imported or changed what, when and from where. Entries
 * are case data themselves (a search can name a member), kept and protected like the rest of the case; the
 * {@link org.redress.core.port.AuditLog} port keeps them append-only and able to prove that none was removed,
 * altered, reordered or cut off.
 */
package org.redress.core.audit;
