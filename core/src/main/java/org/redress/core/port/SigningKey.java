package org.redress.core.port;

import java.util.HexFormat;
import org.redress.core.corpus.Sha256;

/** The case's custody signing key (Ed25519): signs manifests and checks their signatures. */
public interface SigningKey {

    byte[] sign(byte[] data);

    boolean verifies(byte[] data, byte[] signature);

    /** The public key, X.509 (SubjectPublicKeyInfo) encoded, as openssl reads it. */
    byte[] publicKey();

    /** "SHA256:" and the hex digest of the encoded public key: what a declaration names. */
    default String fingerprint() {
        return "SHA256:" + HexFormat.of().formatHex(Sha256.newDigest().digest(publicKey()));
    }
}
