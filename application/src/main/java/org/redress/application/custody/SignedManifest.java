package org.redress.application.custody;

import org.redress.core.custody.Manifest;

/**
 * A manifest whose signature verified, with everything a declaration needs to let anyone check it again: the exact
 * signed bytes, the signature and the public key (X.509, DER).
 *
 * @param name where the case keeps it
 */
public record SignedManifest(
        Manifest manifest, String name, byte[] json, byte[] signature, byte[] publicKey, String fingerprint) {}
