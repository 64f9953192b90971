/**
 * The keys of an encrypted case. A random 256-bit data key is the root; it is stored only wrapped (AES-256-GCM) under
 * a key-encryption key that Argon2id derives from the passphrase, in {@code keys/case-key.json} beside the salt and
 * the Argon2id parameters. Each use (originals, index, database columns, content-hash names, audit) gets its own
 * subkey, derived from the data key with HKDF-SHA256, so that no two uses ever share key material. Changing the
 * passphrase re-wraps the same data key, so nothing else in the case is rewritten. Neither the passphrase nor a key is
 * ever logged, printed or put in an exception message.
 */
package org.redress.store.crypto;
