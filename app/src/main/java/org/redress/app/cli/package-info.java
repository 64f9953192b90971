/**
 * The {@code redress} command line (picocli). A command opens its case (if it needs one) through the wiring, calls
 * a use case and prints plain text, or with {@code --json} exactly one JSON document on standard output; what goes
 * wrong is turned into exit code 1 (a mistake the user can fix, with its message) or 2 (a bug) in one place,
 * {@link org.redress.app.cli.ExitCodes}, never in a command. Likewise the audit log: a command on a case declares
 * what it did ({@link org.redress.app.cli.Audited}) and {@link org.redress.app.cli.AuditedExecution} records it.
 */
package org.redress.app.cli;
