/**
 * The chain-of-custody and backup commands: {@code redress verify} (every original hashed again, every manifest's
 * signature checked; exit code 1 naming each problem), {@code redress export manifest} (a source's signed manifest
 * for a declaration), and {@code redress backup} / {@code restore}. They open the case, call the custody use cases
 * or the wiring's backup and print; the checks themselves live in {@code application.custody}.
 */
package org.redress.app.cli.custody;
