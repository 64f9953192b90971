/**
 * The chain-of-custody commands: {@code redress verify} (every original hashed again, every manifest's signature
 * checked; exit code 1 naming each problem) and {@code redress export manifest} (a source's signed manifest for a
 * declaration). They open the case, call the custody use cases and print; the checks themselves live in
 * {@code application.custody}.
 */
package org.redress.app.cli.custody;
