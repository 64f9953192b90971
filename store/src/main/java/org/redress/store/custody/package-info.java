/**
 * Custody in an embedded case folder: the Ed25519 key pair under {@code keys/} and the signed manifests under
 * {@code manifests/}, as plain files an examiner can check with openssl. Manifests, like originals, are written once
 * to a temporary name, moved into place and made read-only; nothing here ever rewrites one.
 */
package org.redress.store.custody;
