/**
 * The key operations of an encrypted case on the command line: {@code redress key change}, {@code key recovery},
 * {@code key recover} and {@code redress destroy}. Each works on the case's {@code keys/} folder through
 * {@link org.redress.app.wiring.KeyOperations}; none prints a passphrase or a key, and each is recorded in the audit log
 * as a key operation.
 */
package org.redress.app.cli.keys;
